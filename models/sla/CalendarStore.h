#pragma once

#include "BusinessCalendar.h"
#include "storage/Result.h"

#include <QObject>
#include <functional>

class Database;

// Business calendars as the program, the editors and the SLA clock use them.
// Every write is one transaction that either fully happens or returns a
// translated message, and is followed by calendarsChanged().
class CalendarStore : public QObject
{
    Q_OBJECT

public:
    explicit CalendarStore(const Database &database, QObject *parent = nullptr);

    // Every calendar with its holidays, ordered by name.
    Result<QList<BusinessCalendar>> calendars() const;
    Result<BusinessCalendar> calendar(qint64 id) const;
    Result<BusinessCalendar> calendarNamed(const QString &name) const;

    Result<qint64> createCalendar(const BusinessCalendar &calendar);
    // Replaces everything about calendar.id(): name, zone, hours, holidays.
    Status updateCalendar(const BusinessCalendar &calendar);
    // Refused while an SLA policy counts in the calendar.
    Status deleteCalendar(qint64 id);

    // Creates "Office hours" (with the French public holidays of year and
    // year + 1) and "24/7" when no calendar has their name; leaves existing
    // ones as they are, so it can run at every start.
    static Status ensureDefaults(const Database &database, int year);

signals:
    void calendarsChanged();

private:
    Status write(const std::function<Status()> &work);

    const Database &m_database;
};
