#pragma once

#include "catalog/Service.h"

#include <QDateTime>

class BusinessCalendar;

// The indicative date of a service without SLA policy: its estimated delay
// counted from the clock start in the default calendar, hours as business
// hours and days as working days (the calendar's average working day).
// Shown to requesters and measured in reports, never escalated.
class DelayEstimate
{
public:
    // Invalid without an estimate or when the calendar cannot count.
    static QDateTime expectedAt(int amount, Service::DelayUnit unit,
                                const BusinessCalendar &calendar, const QDateTime &start);
    static qint64 businessMinutes(int amount, Service::DelayUnit unit,
                                  const BusinessCalendar &calendar);
};
