#include "FrenchHolidays.h"

using namespace Qt::StringLiterals;

QDate FrenchHolidays::easterSunday(int year)
{
    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QMap<QDate, QString> FrenchHolidays::forYear(int year)
{
    const QDate easter = easterSunday(year);
    QMap<QDate, QString> holidays;
    // Ascension can fall on 1 or 8 May: such a day keeps both names.
    const auto add = [&holidays](QDate day, const QString &name) {
        QString &names = holidays[day];
        names = names.isEmpty() ? name : names + u", "_s + name;
    };
    add(QDate(year, 1, 1), u"Jour de l'an"_s);
    add(easter.addDays(1), u"Lundi de Pâques"_s);
    add(QDate(year, 5, 1), u"Fête du Travail"_s);
    add(QDate(year, 5, 8), u"Victoire 1945"_s);
    add(easter.addDays(39), u"Ascension"_s);
    add(easter.addDays(50), u"Lundi de Pentecôte"_s);
    add(QDate(year, 7, 14), u"Fête nationale"_s);
    add(QDate(year, 8, 15), u"Assomption"_s);
    add(QDate(year, 11, 1), u"Toussaint"_s);
    add(QDate(year, 11, 11), u"Armistice 1918"_s);
    add(QDate(year, 12, 25), u"Noël"_s);
    return holidays;
}
