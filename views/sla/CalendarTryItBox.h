#pragma once

#include "sla/BusinessCalendar.h"

#include <QGroupBox>
#include <optional>

class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;

// "Try it": the instant at which some business hours counted from a start
// are used up in the calendar being edited, unsaved edits included.
class CalendarTryItBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit CalendarTryItBox(QWidget *parent = nullptr);

    // Nothing while the edited calendar is not valid.
    void setCalendar(const std::optional<BusinessCalendar> &calendar);

private:
    void recompute();

    std::optional<BusinessCalendar> m_calendar;
    bool m_startSet = false;
    QDateTimeEdit *m_start = nullptr;
    QLabel *m_zone = nullptr;
    QDoubleSpinBox *m_hours = nullptr;
    QLabel *m_end = nullptr;
};
