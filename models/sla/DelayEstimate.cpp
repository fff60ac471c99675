#include "DelayEstimate.h"

#include "BusinessCalendar.h"

qint64 DelayEstimate::businessMinutes(int amount, Service::DelayUnit unit,
                                      const BusinessCalendar &calendar)
{
    if (amount <= 0)
        return 0;
    if (unit == Service::DelayUnit::Hours)
        return qint64(amount) * 60;
    return qint64(amount) * calendar.workingDayMinutes();
}

QDateTime DelayEstimate::expectedAt(int amount, Service::DelayUnit unit,
                                    const BusinessCalendar &calendar, const QDateTime &start)
{
    const qint64 minutes = businessMinutes(amount, unit, calendar);
    if (minutes <= 0)
        return {};
    return calendar.addBusinessMinutes(start, minutes);
}
