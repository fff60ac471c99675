#include "CalendarStore.h"

#include "CalendarTable.h"
#include "Logging.h"
#include "storage/Transaction.h"

CalendarStore::CalendarStore(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

Result<QList<BusinessCalendar>> CalendarStore::calendars() const
{
    return CalendarTable(m_database).all();
}

Result<BusinessCalendar> CalendarStore::calendar(qint64 id) const
{
    return CalendarTable(m_database).byId(id);
}

Result<BusinessCalendar> CalendarStore::calendarNamed(const QString &name) const
{
    return CalendarTable(m_database).byName(name);
}

Status CalendarStore::write(const std::function<Status()> &work)
{
    const Status status = Transaction::run(m_database, work);
    if (!status) {
        qCInfo(lcSla).noquote() << "calendar change refused:" << status.error();
        return status;
    }
    emit calendarsChanged();
    return status;
}

Result<qint64> CalendarStore::createCalendar(const BusinessCalendar &calendar)
{
    qint64 id = 0;
    const Status status = write([&] {
        const auto created = CalendarTable(m_database).insert(calendar);
        id = created.ok() ? created.value() : 0;
        return Status::from(created);
    });
    return status ? Result<qint64>(id) : Result<qint64>::failure(status.error());
}

Status CalendarStore::updateCalendar(const BusinessCalendar &calendar)
{
    return write([&] { return CalendarTable(m_database).update(calendar); });
}

Status CalendarStore::deleteCalendar(qint64 id)
{
    return write([&] { return CalendarTable(m_database).remove(id); });
}

Status CalendarStore::ensureDefaults(const Database &database, int year)
{
    int created = 0;
    const Status status = Transaction::run(database, [&] {
        const CalendarTable table(database);
        for (const BusinessCalendar &calendar :
             {BusinessCalendar::officeHours(year), BusinessCalendar::alwaysOpen()}) {
            const auto inserted = table.insertIfMissing(calendar);
            if (!inserted)
                return Status::from(inserted);
            created += *inserted ? 1 : 0;
        }
        return Status();
    });
    if (status && created > 0)
        qCInfo(lcSla) << "created" << created << "default calendar(s)";
    return status;
}
