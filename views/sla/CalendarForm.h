#pragma once

#include "sla/BusinessCalendar.h"

#include <QWidget>

class CalendarTryItBox;
class HolidaysEditor;
class MessageBar;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class WeekHoursEditor;

// The editor of one business calendar: name, time zone, working week and
// holidays, with the first problem shown as it is typed and Save enabled
// only for a valid change; below, "Try it" with the edited calendar. A
// calendar with id 0 is a draft that Save creates.
class CalendarForm : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarForm(QWidget *parent = nullptr);

    void load(const BusinessCalendar &calendar);
    // The calendar as the fields now say; the hours of a day that cannot
    // be read are left out (isValid() is then false).
    BusinessCalendar calendar() const;
    const BusinessCalendar &loaded() const { return m_loaded; }
    bool isModified() const;
    bool isValid() const { return m_valid; }
    // A refusal from the store, shown until the next edit.
    void showError(const QString &message);

signals:
    void saveRequested();

private:
    QLayout *createFields();
    QLayout *createGroups();
    void revalidate();
    void updateOffset();

    BusinessCalendar m_loaded;
    bool m_valid = false;

    QLabel *m_title = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_zone = nullptr;
    QLabel *m_offset = nullptr;
    WeekHoursEditor *m_week = nullptr;
    HolidaysEditor *m_holidays = nullptr;
    MessageBar *m_message = nullptr;
    QPushButton *m_save = nullptr;
    CalendarTryItBox *m_tryIt = nullptr;
};
