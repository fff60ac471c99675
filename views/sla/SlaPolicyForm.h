#pragma once

#include "sla/BusinessCalendar.h"
#include "sla/SlaPolicy.h"

#include <QWidget>
#include <optional>

class MessageBar;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class SlaTargetsEditor;
class SlaTryItBox;

// The editor of one SLA policy: name, description, calendar, thresholds and
// targets, with the first problem shown as it is typed and Save enabled only
// for a valid change; below, "Try it" with the edited values. A policy with
// id 0 is a draft that Save creates.
class SlaPolicyForm : public QWidget
{
    Q_OBJECT

public:
    explicit SlaPolicyForm(QWidget *parent = nullptr);

    // The calendars offered; the chosen one stays chosen while it exists.
    void setCalendars(const QList<BusinessCalendar> &calendars);
    void load(const SlaPolicy &policy);
    // The policy as the fields now say.
    SlaPolicy policy() const;
    const SlaPolicy &loaded() const { return m_loaded; }
    bool isModified() const;
    bool isValid() const { return m_valid; }
    // A refusal from the store, shown until the next edit.
    void showError(const QString &message);

signals:
    void saveRequested();

private:
    QLayout *createFields();
    void fillCalendars();
    std::optional<BusinessCalendar> chosenCalendar() const;
    void revalidate();

    SlaPolicy m_loaded;
    QList<BusinessCalendar> m_calendars;
    bool m_valid = false;

    QLabel *m_title = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_calendar = nullptr;
    QSpinBox *m_warning = nullptr;
    QSpinBox *m_critical = nullptr;
    SlaTargetsEditor *m_targets = nullptr;
    MessageBar *m_message = nullptr;
    QPushButton *m_save = nullptr;
    SlaTryItBox *m_tryIt = nullptr;
};
