#pragma once

#include "BusinessCalendar.h"
#include "storage/Result.h"

#include <QCoreApplication>

class Database;
class QSqlQuery;

// SQL over the calendars and calendar_holidays tables, with the calendars'
// rules: a valid calendar, a name no other calendar has (whatever the case),
// and no deletion while an SLA policy counts in it. Runs inside the caller's
// transaction.
class CalendarTable
{
    Q_DECLARE_TR_FUNCTIONS(CalendarTable)

public:
    explicit CalendarTable(const Database &database);

    // Every calendar with its holidays, ordered by name.
    Result<QList<BusinessCalendar>> all() const;
    Result<BusinessCalendar> byId(qint64 id) const;
    Result<BusinessCalendar> byName(const QString &name) const;

    Result<qint64> insert(const BusinessCalendar &calendar) const;
    // Inserts the calendar unless one already has its name, even when another
    // program does so at the same moment; true when it was inserted.
    Result<bool> insertIfMissing(const BusinessCalendar &calendar) const;
    // Replaces the name, zone, hours and every holiday of the calendar.
    Status update(const BusinessCalendar &calendar) const;
    Status remove(qint64 id) const;

private:
    Result<QList<BusinessCalendar>> select(const QString &where, const QVariantList &values) const;
    Status readHolidays(QList<BusinessCalendar> &calendars) const;
    Status validate(const BusinessCalendar &calendar) const;
    Status writeHolidays(qint64 calendarId, const QMap<QDate, QString> &holidays) const;
    Status checkUnused(const BusinessCalendar &calendar) const;

    const Database &m_database;
};
