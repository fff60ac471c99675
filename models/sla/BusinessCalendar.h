#pragma once

#include "WorkingRange.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QTimeZone>

// A working week in one time zone, with holidays: what an SLA counts its
// business minutes in.
//
// Working ranges are local times of the calendar's zone, so working time
// follows the wall clock across daylight-saving changes: 09:00–18:00 is nine
// real hours on every day, and a 24/7 day ("00:00"–"24:00") lasts 23 real
// hours on the spring change and 25 on the autumn one. A local time that
// happens twice (autumn) is working time both times; one that does not
// happen (spring) is simply skipped. Holidays are local dates without any
// working time.
class BusinessCalendar
{
    Q_DECLARE_TR_FUNCTIONS(BusinessCalendar)

public:
    BusinessCalendar() = default;

    // The two calendars created with every database (CalendarStore::ensureDefaults).
    // Monday–Friday 09:00–18:00 in Europe/Paris with the French public
    // holidays of year and year + 1.
    static BusinessCalendar officeHours(int year);
    // Every minute of every day, in UTC, without holidays.
    static BusinessCalendar alwaysOpen();
    static QString officeHoursName();
    static QString alwaysOpenName();

    qint64 id() const { return m_id; }
    void setId(qint64 id) { m_id = id; }
    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }

    // The IANA name, kept as given even when this machine does not know it.
    QByteArray timeZoneId() const { return m_timeZoneId; }
    void setTimeZoneId(const QByteArray &ianaId);
    QTimeZone timeZone() const { return m_timeZone; }
    // Whether ianaId names a real zone. QTimeZone alone also accepts any word
    // as a POSIX abbreviation at UTC+0 ("Paris"), which is never what we want.
    static bool isKnownTimeZone(const QByteArray &ianaId);

    const QList<WorkingRange> &workingRanges() const { return m_ranges; }
    void setWorkingRanges(QList<WorkingRange> ranges);
    // Sets every day to "00:00"–"24:00".
    void setAlwaysWorking();
    // Working minutes in a week without holidays nor daylight-saving change.
    qint64 weeklyMinutes() const;
    // The length of an average working day of the week: what "N days" of an
    // estimate mean. 0 without working time.
    int workingDayMinutes() const;

    const QMap<QDate, QString> &holidays() const { return m_holidays; }
    void setHolidays(const QMap<QDate, QString> &holidays) { m_holidays = holidays; }
    void addHolidays(const QMap<QDate, QString> &holidays);
    bool isHoliday(QDate localDate) const { return m_holidays.contains(localDate); }

    // The first problem an editor should show: no name, an unknown time zone,
    // no working time, a range that does not start before it ends, or two
    // ranges of a day that overlap. Success when the calendar can be used.
    Status validate() const;

    // The instant at which the last of minutes business minutes counted from
    // start is used, in UTC. Counting begins at start when it is working time,
    // otherwise at the next working moment, so 0 minutes gives the next
    // opening. Invalid for an invalid start, negative minutes, a calendar
    // without working time or an unknown time zone.
    QDateTime addBusinessMinutes(const QDateTime &start, qint64 minutes) const;
    // Whole business minutes in [from, to); 0 when to is not after from.
    qint64 businessMinutesBetween(const QDateTime &from, const QDateTime &to) const;
    bool isWorkingTime(const QDateTime &instant) const;

    bool operator==(const BusinessCalendar &other) const;

private:
    qint64 m_id = 0;
    QString m_name;
    QByteArray m_timeZoneId = QByteArrayLiteral("UTC");
    QTimeZone m_timeZone = QTimeZone::utc();
    QList<WorkingRange> m_ranges;
    QMap<QDate, QString> m_holidays;
};
