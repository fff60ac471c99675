#pragma once

#include "SlaPolicy.h"

#include <QDateTime>
#include <optional>

class BusinessCalendar;

// The dates of one request's SLA, fixed when its clock starts: two clocks
// (response until the request is taken, resolution until it is done), each
// with the instants it turns to warning, to critical and is breached. The
// escalation level is 0 (on track) to 3 (breached): the worst of the
// clocks still running.
struct SlaSchedule
{
    enum Level
    {
        OnTrack = 0,
        Warning = 1,
        Critical = 2,
        Breached = 3
    };

    struct Clock
    {
        int targetMinutes = 0;
        QDateTime warningAt;
        QDateTime criticalAt;
        QDateTime dueAt;

        bool operator==(const Clock &) const = default;
    };

    QDateTime startedAt;
    int warningPercent = 0;
    int criticalPercent = 0;
    Clock response;
    Clock resolution;

    // Nothing when the calendar cannot count (no working time).
    static std::optional<SlaSchedule> compute(const SlaPolicy &policy,
                                              const BusinessCalendar &calendar,
                                              Priority::Level priority, const QDateTime &start);

    // The level of a request still open at now.
    int levelAt(const QDateTime &now, bool taken) const;
    // The first instant after which the level exceeds level; invalid when it
    // never will.
    QDateTime nextEscalationAt(int level, bool taken) const;

    bool operator==(const SlaSchedule &) const = default;

private:
    static std::optional<Clock> computeClock(const BusinessCalendar &calendar,
                                             const QDateTime &start, int targetMinutes,
                                             int warningPercent, int criticalPercent);
    static int clockLevel(const Clock &clock, const QDateTime &now);
    static QDateTime clockInstant(const Clock &clock, int level);
};
