#include "SlaCommitment.h"

#include "BusinessCalendar.h"
#include "BusinessDuration.h"
#include "CalendarTable.h"
#include "SlaPolicyTable.h"
#include "catalog/Service.h"

QString SlaCommitment::forPolicy(const SlaPolicy &policy, const BusinessCalendar &calendar,
                                 Priority::Level priority)
{
    const int minutes = policy.target(priority).resolutionMinutes;
    return tr("Resolved within %1")
        .arg(BusinessDuration::text(minutes, calendar.workingDayMinutes()));
}

QString SlaCommitment::forEstimate(const Service &service)
{
    if (service.estimatedDelayAmount <= 0)
        return {};
    return tr("Usually done within %1 (an estimate)").arg(service.estimatedDelayText());
}

Result<QString> SlaCommitment::forService(const Database &database, const Service &service)
{
    if (service.slaPolicyId <= 0)
        return forEstimate(service);
    const auto policy = SlaPolicyTable(database).byId(service.slaPolicyId);
    if (!policy)
        return Result<QString>::failure(policy.error());
    const auto calendar = CalendarTable(database).byId(policy->calendarId);
    if (!calendar)
        return Result<QString>::failure(calendar.error());
    return forPolicy(*policy, *calendar);
}
