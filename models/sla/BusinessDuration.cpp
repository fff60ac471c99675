#include "BusinessDuration.h"

QString BusinessDuration::text(qint64 minutes, int minutesPerDay)
{
    if (minutesPerDay > 0 && minutes >= minutesPerDay && minutes % minutesPerDay == 0)
        return tr("%n business day(s)", nullptr, int(minutes / minutesPerDay));
    if (minutes >= 60 && minutes % 60 == 0)
        return tr("%n business hour(s)", nullptr, int(minutes / 60));
    if (minutes > 60)
        return tr("%1 h %2 min of business time")
            .arg(minutes / 60)
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return tr("%n business minute(s)", nullptr, int(minutes));
}
