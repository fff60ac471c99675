#pragma once

#include "forms/FormField.h"
#include "people/Person.h"

#include <QWidget>
#include <functional>

class FormChoicesEditor;
class FormConditionEditor;
class FormDesignerDefaultEditor;
class FormDesignerFormLayout;
class FormDesignerRulesEditor;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;

// The properties of the selected field of the form designer: only those its
// type uses. Every edit is reported with the whole field and the name of
// the property, and comes back through setField() once the designer has
// made it; widgets that already show the value are left alone, so that
// typing goes on undisturbed.
class FormDesignerFieldEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FormDesignerFieldEditor(QWidget *parent = nullptr);

    void setPeople(const QList<Person> &people);
    // Keys a new field may not take: the form has used them.
    void setPublishedKeys(const QStringList &keys) { m_publishedKeys = keys; }
    // fields: the whole form, for conditions; index -1: nothing selected.
    // isNew: the key still follows the label.
    void setField(const QList<FormField> &fields, int index, bool isNew);
    const FormField &field() const { return m_field; }
    // Puts the cursor in the label, all of it selected, ready to be typed over.
    void focusLabel();

signals:
    void edited(const FormField &field, const QString &property);

private:
    QWidget *createPage();
    QWidget *createGeneral();
    QGroupBox *createChoices();
    void connectGeneral();
    void fillGeneral(bool isNew);
    void showRows();
    void change(const QString &property, const std::function<void(FormField &)> &apply);
    void keyEdited(const QString &key);
    void showInputProblem(const QString &problem);

    FormField m_field;
    QStringList m_publishedKeys;
    bool m_updating = false;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_inputProblem = nullptr;
    FormDesignerFormLayout *m_form = nullptr;
    QLineEdit *m_label = nullptr;
    QLineEdit *m_key = nullptr;
    QLabel *m_keyNote = nullptr;
    QPlainTextEdit *m_help = nullptr;
    QLineEdit *m_placeholder = nullptr;
    QPlainTextEdit *m_sectionText = nullptr;
    QCheckBox *m_required = nullptr;
    FormDesignerDefaultEditor *m_default = nullptr;
    QGroupBox *m_choicesGroup = nullptr;
    FormDesignerFormLayout *m_choicesForm = nullptr;
    FormChoicesEditor *m_choices = nullptr;
    QComboBox *m_display = nullptr;
    QGroupBox *m_rulesGroup = nullptr;
    FormDesignerRulesEditor *m_rules = nullptr;
    FormConditionEditor *m_condition = nullptr;
};
