#include "SlaSchedule.h"

#include "BusinessCalendar.h"

std::optional<SlaSchedule> SlaSchedule::compute(const SlaPolicy &policy,
                                                const BusinessCalendar &calendar,
                                                Priority::Level priority, const QDateTime &start)
{
    const SlaPolicy::Target &target = policy.target(priority);
    const auto response = computeClock(calendar, start, target.responseMinutes,
                                       policy.warningPercent, policy.criticalPercent);
    const auto resolution = computeClock(calendar, start, target.resolutionMinutes,
                                         policy.warningPercent, policy.criticalPercent);
    if (!response || !resolution)
        return std::nullopt;
    SlaSchedule schedule;
    schedule.startedAt = start.toUTC();
    schedule.warningPercent = policy.warningPercent;
    schedule.criticalPercent = policy.criticalPercent;
    schedule.response = *response;
    schedule.resolution = *resolution;
    return schedule;
}

std::optional<SlaSchedule::Clock> SlaSchedule::computeClock(const BusinessCalendar &calendar,
                                                            const QDateTime &start,
                                                            int targetMinutes, int warningPercent,
                                                            int criticalPercent)
{
    // Thresholds are whole business minutes of the target, rounded down: a
    // warning comes a little early rather than late.
    const auto share = [&](int percent) {
        return qint64(targetMinutes) * percent / 100;
    };
    Clock clock;
    clock.targetMinutes = targetMinutes;
    clock.warningAt = calendar.addBusinessMinutes(start, share(warningPercent));
    clock.criticalAt = calendar.addBusinessMinutes(start, share(criticalPercent));
    clock.dueAt = calendar.addBusinessMinutes(start, targetMinutes);
    if (!clock.warningAt.isValid() || !clock.criticalAt.isValid() || !clock.dueAt.isValid())
        return std::nullopt;
    return clock;
}

int SlaSchedule::clockLevel(const Clock &clock, const QDateTime &now)
{
    if (clock.dueAt.isValid() && now >= clock.dueAt)
        return Breached;
    if (clock.criticalAt.isValid() && now >= clock.criticalAt)
        return Critical;
    if (clock.warningAt.isValid() && now >= clock.warningAt)
        return Warning;
    return OnTrack;
}

QDateTime SlaSchedule::clockInstant(const Clock &clock, int level)
{
    switch (level) {
    case Warning:
        return clock.warningAt;
    case Critical:
        return clock.criticalAt;
    case Breached:
        return clock.dueAt;
    default:
        return {};
    }
}

int SlaSchedule::levelAt(const QDateTime &now, bool taken) const
{
    const int resolutionLevel = clockLevel(resolution, now);
    return taken ? resolutionLevel : std::max(resolutionLevel, clockLevel(response, now));
}

QDateTime SlaSchedule::nextEscalationAt(int level, bool taken) const
{
    QDateTime next;
    const auto consider = [&](const Clock &clock) {
        const QDateTime at = clockInstant(clock, level + 1);
        if (at.isValid() && (!next.isValid() || at < next))
            next = at;
    };
    if (level >= Breached)
        return {};
    consider(resolution);
    if (!taken)
        consider(response);
    return next;
}
