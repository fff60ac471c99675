#pragma once

#include "sla/BusinessCalendar.h"
#include "sla/SlaPolicy.h"

#include <QGroupBox>
#include <optional>

class QComboBox;
class QDateTimeEdit;
class QGridLayout;
class QLabel;

// "Try it": the due dates and thresholds a request of a priority would get
// under the policy being edited if its clock started at a given instant,
// computed live, unsaved edits included, as the SLA clock will.
class SlaTryItBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit SlaTryItBox(QWidget *parent = nullptr);

    // The calendar is the one the policy names, or nothing when there is none.
    void setPolicy(const SlaPolicy &policy, const std::optional<BusinessCalendar> &calendar);

private:
    struct ClockLabels
    {
        QLabel *due = nullptr;
        QLabel *warningName = nullptr;
        QLabel *warning = nullptr;
        QLabel *criticalName = nullptr;
        QLabel *critical = nullptr;
    };

    ClockLabels addClock(QGridLayout *grid, int row, const QString &dueText, const QString &prefix);
    void recompute();
    void showNothing(const QString &reason);

    SlaPolicy m_policy;
    std::optional<BusinessCalendar> m_calendar;
    QByteArray m_zoneShown;
    QDateTimeEdit *m_start = nullptr;
    QLabel *m_zone = nullptr;
    QComboBox *m_priority = nullptr;
    QLabel *m_problem = nullptr;
    QWidget *m_results = nullptr;
    ClockLabels m_response;
    ClockLabels m_resolution;
};
