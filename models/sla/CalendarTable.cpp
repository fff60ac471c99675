#include "CalendarTable.h"

#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString workingHoursText(const BusinessCalendar &calendar)
{
    const QJsonDocument document(WorkingRange::toJson(calendar.workingRanges()));
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

} // namespace

CalendarTable::CalendarTable(const Database &database)
    : m_database(database)
{}

Result<QList<BusinessCalendar>> CalendarTable::all() const
{
    return select(u"ORDER BY name"_s, {});
}

Result<BusinessCalendar> CalendarTable::byId(qint64 id) const
{
    const auto found = select(u"WHERE id = ?"_s, {id});
    if (!found)
        return Result<BusinessCalendar>::failure(found.error());
    if (found->isEmpty())
        return Result<BusinessCalendar>::failure(tr("No calendar has the number %1.").arg(id));
    return found->first();
}

Result<BusinessCalendar> CalendarTable::byName(const QString &name) const
{
    const auto found = select(u"WHERE name = ?"_s, {name.trimmed()});
    if (!found)
        return Result<BusinessCalendar>::failure(found.error());
    if (found->isEmpty())
        return Result<BusinessCalendar>::failure(tr("No calendar is named \"%1\".").arg(name));
    return found->first();
}

Result<QList<BusinessCalendar>> CalendarTable::select(const QString &where,
                                                      const QVariantList &values) const
{
    using R = Result<QList<BusinessCalendar>>;
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT id, name, time_zone, working_hours FROM calendars "_s + where);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return R::failure(Database::errorText(q.lastError()));

    QList<BusinessCalendar> calendars;
    while (q.next()) {
        BusinessCalendar calendar;
        calendar.setId(q.value(0).toLongLong());
        calendar.setName(q.value(1).toString());
        calendar.setTimeZoneId(q.value(2).toString().toUtf8());
        const auto document = QJsonDocument::fromJson(q.value(3).toString().toUtf8());
        const auto ranges = WorkingRange::fromJson(document.array());
        if (!document.isArray() || !ranges) {
            return R::failure(
                tr("The working hours of the calendar \"%1\" cannot be read: %2")
                    .arg(calendar.name(), ranges ? tr("they are not a list.") : ranges.error()));
        }
        calendar.setWorkingRanges(*ranges);
        calendars.append(calendar);
    }
    q.finish();

    if (const Status read = readHolidays(calendars); !read)
        return R::failure(read.error());
    return calendars;
}

Status CalendarTable::readHolidays(QList<BusinessCalendar> &calendars) const
{
    if (calendars.isEmpty())
        return {};

    // One calendar (the usual case) reads its own holidays only.
    QHash<qint64, QMap<QDate, QString>> holidaysOf;
    QSqlQuery q = m_database.query();
    const bool one = calendars.size() == 1;
    q.prepare(u"SELECT calendar_id, day, name FROM calendar_holidays"_s +
              (one ? u" WHERE calendar_id = ?"_s : QString()));
    if (one)
        q.addBindValue(calendars.first().id());
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    while (q.next())
        holidaysOf[q.value(0).toLongLong()].insert(q.value(1).toDate(), q.value(2).toString());

    for (BusinessCalendar &calendar : calendars)
        calendar.setHolidays(holidaysOf.value(calendar.id()));
    return {};
}

Status CalendarTable::validate(const BusinessCalendar &calendar) const
{
    if (const Status valid = calendar.validate(); !valid)
        return valid;
    for (auto it = calendar.holidays().cbegin(); it != calendar.holidays().cend(); ++it) {
        if (!it.key().isValid())
            return Status::failure(tr("Every holiday needs a valid date."));
    }

    // The database compares names exactly; people do not.
    QSqlQuery q = m_database.query();
    if (!q.exec(u"SELECT id, name FROM calendars"_s))
        return Status::failure(Database::errorText(q.lastError()));
    const QString name = calendar.name().trimmed();
    while (q.next()) {
        if (q.value(0).toLongLong() != calendar.id() &&
            q.value(1).toString().compare(name, Qt::CaseInsensitive) == 0) {
            return Status::failure(tr("Another calendar is already named \"%1\".").arg(name));
        }
    }
    return {};
}

Result<qint64> CalendarTable::insert(const BusinessCalendar &calendar) const
{
    using R = Result<qint64>;
    BusinessCalendar fresh = calendar;
    fresh.setId(0);
    if (const Status valid = validate(fresh); !valid)
        return R::failure(valid.error());

    QSqlQuery q = m_database.query();
    q.prepare(u"INSERT INTO calendars (name, time_zone, working_hours) VALUES (?, ?, ?) "
              "RETURNING id"_s);
    q.addBindValue(SqlValue::text(calendar.name()));
    q.addBindValue(QString::fromUtf8(calendar.timeZoneId()));
    q.addBindValue(workingHoursText(calendar));
    if (!q.exec() || !q.next())
        return R::failure(Database::errorText(q.lastError()));
    const qint64 id = q.value(0).toLongLong();
    q.finish();

    if (const Status written = writeHolidays(id, calendar.holidays()); !written)
        return R::failure(written.error());
    return id;
}

Result<bool> CalendarTable::insertIfMissing(const BusinessCalendar &calendar) const
{
    using R = Result<bool>;
    if (const Status valid = calendar.validate(); !valid)
        return R::failure(valid.error());

    // ON CONFLICT waits for a concurrent insert of the same name and then
    // does nothing, so two programs starting at once both succeed.
    QSqlQuery q = m_database.query();
    q.prepare(u"INSERT INTO calendars (name, time_zone, working_hours) VALUES (?, ?, ?) "
              "ON CONFLICT (name) DO NOTHING RETURNING id"_s);
    q.addBindValue(SqlValue::text(calendar.name()));
    q.addBindValue(QString::fromUtf8(calendar.timeZoneId()));
    q.addBindValue(workingHoursText(calendar));
    if (!q.exec())
        return R::failure(Database::errorText(q.lastError()));
    if (!q.next())
        return false;
    const qint64 id = q.value(0).toLongLong();
    q.finish();

    if (const Status written = writeHolidays(id, calendar.holidays()); !written)
        return R::failure(written.error());
    return true;
}

Status CalendarTable::update(const BusinessCalendar &calendar) const
{
    if (const auto existing = byId(calendar.id()); !existing)
        return Status::from(existing);
    if (const Status valid = validate(calendar); !valid)
        return valid;

    QSqlQuery q = m_database.query();
    q.prepare(u"UPDATE calendars SET name = ?, time_zone = ?, working_hours = ? WHERE id = ?"_s);
    q.addBindValue(SqlValue::text(calendar.name()));
    q.addBindValue(QString::fromUtf8(calendar.timeZoneId()));
    q.addBindValue(workingHoursText(calendar));
    q.addBindValue(calendar.id());
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    q.finish();
    return writeHolidays(calendar.id(), calendar.holidays());
}

Status CalendarTable::writeHolidays(qint64 calendarId, const QMap<QDate, QString> &holidays) const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"DELETE FROM calendar_holidays WHERE calendar_id = ?"_s);
    q.addBindValue(calendarId);
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    q.finish();

    q.prepare(u"INSERT INTO calendar_holidays (calendar_id, day, name) VALUES (?, ?, ?)"_s);
    for (auto it = holidays.cbegin(); it != holidays.cend(); ++it) {
        q.addBindValue(calendarId);
        q.addBindValue(it.key().toString(Qt::ISODate));
        q.addBindValue(SqlValue::text(it.value()));
        if (!q.exec())
            return Status::failure(Database::errorText(q.lastError()));
    }
    return {};
}

Status CalendarTable::remove(qint64 id) const
{
    const auto calendar = byId(id);
    if (!calendar)
        return Status::from(calendar);
    if (const Status unused = checkUnused(*calendar); !unused)
        return unused;

    QSqlQuery q = m_database.query();
    q.prepare(u"DELETE FROM calendars WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    return {};
}

Status CalendarTable::checkUnused(const BusinessCalendar &calendar) const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT name FROM sla_policies WHERE calendar_id = ? ORDER BY name"_s);
    q.addBindValue(calendar.id());
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    QStringList policies;
    while (q.next())
        policies.append(u"\""_s + q.value(0).toString() + u"\""_s);
    if (policies.isEmpty())
        return {};
    return Status::failure(tr("The calendar \"%1\" cannot be deleted: %n SLA policy(ies) count "
                              "in it (%2). Give them another calendar first.",
                              nullptr, int(policies.size()))
                               .arg(calendar.name(), policies.join(u", "_s)));
}
