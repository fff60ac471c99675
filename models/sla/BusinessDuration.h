#pragma once

#include <QCoreApplication>
#include <QString>

// A span of business time in words: "4 business hours", "90 business
// minutes", "2 business days" when it is a whole number of the calendar's
// working days.
class BusinessDuration
{
    Q_DECLARE_TR_FUNCTIONS(BusinessDuration)

public:
    // minutesPerDay: the length of a working day, 0 to speak in hours only.
    static QString text(qint64 minutes, int minutesPerDay = 0);
};
