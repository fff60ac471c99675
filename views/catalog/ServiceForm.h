#pragma once

#include "catalog/Category.h"
#include "catalog/Service.h"
#include "people/Person.h"
#include "people/Team.h"

#include <QWidget>
#include <functional>

class CatalogStore;
class FormDesignerSummary;
class MarkdownEdit;
class MessageBar;
class PersonPicker;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// The editor of one service: every field of a catalog entry with its own
// widget, problems shown under the fields and warnings in a yellow bar
// before saving. A service with id 0 is a draft that Save creates.
class ServiceForm : public QWidget
{
    Q_OBJECT

public:
    struct Choices
    {
        QList<Category> categories;
        QList<Person> people;
        QList<Team> teams;
        QList<QPair<qint64, QString>> slaPolicies;
    };
    using WarningFunction = std::function<QString(const Service &)>;

    explicit ServiceForm(const CatalogStore &catalog, QWidget *parent = nullptr);

    void setWarningFunction(WarningFunction function) { m_warningFor = std::move(function); }
    void load(const Service &service, const Choices &choices);
    Service service() const;
    const Service &loaded() const { return m_loaded; }
    bool isModified() const;
    bool isValid() const { return m_valid; }

    MessageBar *messageBar() const { return m_messageBar; }

signals:
    void saveRequested();
    void deleteRequested();
    void duplicateRequested();
    void modifiedChanged();

private:
    QWidget *createDescriptionEditor();
    void createFields();
    void fillChoices(const Choices &choices);
    void revalidate();
    void updateApproverWidgets();

    const CatalogStore &m_catalog;
    Service m_loaded;
    WarningFunction m_warningFor;
    bool m_valid = true;
    bool m_loading = false;

    MessageBar *m_messageBar = nullptr;
    QLabel *m_title = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameProblem = nullptr;
    MarkdownEdit *m_description = nullptr;
    QLineEdit *m_keywords = nullptr;
    QComboBox *m_category = nullptr;
    QCheckBox *m_active = nullptr;
    QCheckBox *m_requiresApproval = nullptr;
    QComboBox *m_approverRule = nullptr;
    PersonPicker *m_approver = nullptr;
    QLabel *m_approverProblem = nullptr;
    QComboBox *m_team = nullptr;
    QCheckBox *m_delaySet = nullptr;
    QSpinBox *m_delayAmount = nullptr;
    QComboBox *m_delayUnit = nullptr;
    QLabel *m_delayProblem = nullptr;
    QComboBox *m_slaPolicy = nullptr;
    FormDesignerSummary *m_form = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
};
