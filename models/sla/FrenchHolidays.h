#pragma once

#include <QDate>
#include <QMap>
#include <QString>

// The eleven French public holidays of a year, for the default "Office
// hours" calendar. Their names stay in French: they are the proper names of
// these days, stored in the database as calendar data.
class FrenchHolidays
{
public:
    // Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm).
    static QDate easterSunday(int year);
    static QMap<QDate, QString> forYear(int year);
};
