#include "SlaPolicy.h"

#include "BusinessDuration.h"

std::array<SlaPolicy::Target, Priority::count> SlaPolicy::defaultTargets()
{
    // Low, normal, high, critical: response then resolution, in minutes.
    return {Target{8 * 60, 40 * 60}, Target{4 * 60, 16 * 60}, Target{60, 8 * 60},
            Target{30, 4 * 60}};
}

Status SlaPolicy::validate() const
{
    if (name.trimmed().isEmpty())
        return Status::failure(tr("An SLA policy needs a name."));
    if (calendarId <= 0)
        return Status::failure(tr("Choose the calendar in which the targets are counted."));
    for (const Priority::Level level : Priority::all()) {
        if (const Status target = validateTarget(level); !target)
            return target;
    }
    if (warningPercent < 1 || warningPercent > 99 || criticalPercent < 1 || criticalPercent > 99)
        return Status::failure(tr("The warning and critical thresholds lie between 1 % and 99 %."));
    if (warningPercent >= criticalPercent)
        return Status::failure(
            tr("The warning threshold (%1 %) must come before the critical threshold (%2 %).")
                .arg(warningPercent)
                .arg(criticalPercent));
    return {};
}

Status SlaPolicy::validateTarget(Priority::Level level) const
{
    const Target &t = target(level);
    const QString priority = Priority::text(level);
    if (t.responseMinutes <= 0)
        return Status::failure(
            tr("The response target of the %1 priority must be longer than zero.").arg(priority));
    if (t.resolutionMinutes <= 0)
        return Status::failure(
            tr("The resolution target of the %1 priority must be longer than zero.").arg(priority));
    if (t.responseMinutes > maxTargetMinutes || t.resolutionMinutes > maxTargetMinutes)
        return Status::failure(
            tr("The targets of the %1 priority must stay under a year.").arg(priority));
    if (t.resolutionMinutes < t.responseMinutes)
        return Status::failure(tr("The resolution target of the %1 priority (%2) cannot be "
                                  "shorter than its response target (%3).")
                                   .arg(priority, BusinessDuration::text(t.resolutionMinutes),
                                        BusinessDuration::text(t.responseMinutes)));
    return {};
}
