#include "SlaPolicyTable.h"

#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

SlaPolicyTable::SlaPolicyTable(const Database &database)
    : m_database(database)
{}

Result<QList<SlaPolicy>> SlaPolicyTable::all() const
{
    return select(u"ORDER BY name"_s, {});
}

Result<SlaPolicy> SlaPolicyTable::byId(qint64 id) const
{
    const auto found = select(u"WHERE id = ?"_s, {id});
    if (!found)
        return Result<SlaPolicy>::failure(found.error());
    if (found->isEmpty())
        return Result<SlaPolicy>::failure(tr("No SLA policy has the number %1.").arg(id));
    return found->constFirst();
}

Result<QList<SlaPolicy>> SlaPolicyTable::select(const QString &where,
                                                const QVariantList &values) const
{
    using R = Result<QList<SlaPolicy>>;
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT id, name, description, calendar_id, warning_percent, critical_percent "
              "FROM sla_policies "_s +
              where);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return R::failure(Database::errorText(q.lastError()));
    QList<SlaPolicy> policies;
    while (q.next()) {
        SlaPolicy policy;
        policy.id = q.value(0).toLongLong();
        policy.name = q.value(1).toString();
        policy.description = q.value(2).toString();
        policy.calendarId = q.value(3).toLongLong();
        policy.warningPercent = q.value(4).toInt();
        policy.criticalPercent = q.value(5).toInt();
        policies.append(policy);
    }
    q.finish();
    if (const Status read = readTargets(policies); !read)
        return R::failure(read.error());
    return policies;
}

Status SlaPolicyTable::readTargets(QList<SlaPolicy> &policies) const
{
    if (policies.isEmpty())
        return {};
    QHash<qint64, SlaPolicy *> byId;
    for (SlaPolicy &policy : policies)
        byId.insert(policy.id, &policy);

    QSqlQuery q = m_database.query();
    if (!q.exec(u"SELECT policy_id, priority, response_minutes, resolution_minutes "
                "FROM sla_targets"_s))
        return Status::failure(Database::errorText(q.lastError()));
    while (q.next()) {
        SlaPolicy *policy = byId.value(q.value(0).toLongLong());
        const auto level = Priority::fromKey(q.value(1).toString());
        if (!policy || !level)
            continue;
        policy->target(*level) = {q.value(2).toInt(), q.value(3).toInt()};
    }
    return {};
}

Status SlaPolicyTable::validate(const SlaPolicy &policy) const
{
    if (const Status valid = policy.validate(); !valid)
        return valid;

    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT COUNT(*) FROM calendars WHERE id = ?"_s);
    q.addBindValue(policy.calendarId);
    if (!q.exec() || !q.next())
        return Status::failure(Database::errorText(q.lastError()));
    if (q.value(0).toInt() == 0)
        return Status::failure(tr("The calendar of \"%1\" no longer exists: choose another one.")
                                   .arg(policy.name.trimmed()));

    // The database compares names exactly; people do not.
    if (!q.exec(u"SELECT id, name FROM sla_policies"_s))
        return Status::failure(Database::errorText(q.lastError()));
    const QString name = policy.name.trimmed();
    while (q.next()) {
        if (q.value(0).toLongLong() != policy.id &&
            q.value(1).toString().compare(name, Qt::CaseInsensitive) == 0)
            return Status::failure(tr("Another SLA policy is already named \"%1\".").arg(name));
    }
    return {};
}

Result<qint64> SlaPolicyTable::insert(const SlaPolicy &policy) const
{
    using R = Result<qint64>;
    if (const Status valid = validate(policy); !valid)
        return R::failure(valid.error());

    QSqlQuery q = m_database.query();
    q.prepare(u"INSERT INTO sla_policies (name, description, calendar_id, warning_percent, "
              "critical_percent) VALUES (?, ?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(policy.name.trimmed());
    q.addBindValue(SqlValue::text(policy.description));
    q.addBindValue(policy.calendarId);
    q.addBindValue(policy.warningPercent);
    q.addBindValue(policy.criticalPercent);
    if (!q.exec() || !q.next())
        return R::failure(Database::errorText(q.lastError()));
    SlaPolicy stored = policy;
    stored.id = q.value(0).toLongLong();
    q.finish();
    if (const Status written = writeTargets(stored); !written)
        return R::failure(written.error());
    return stored.id;
}

Status SlaPolicyTable::update(const SlaPolicy &policy) const
{
    if (const auto existing = byId(policy.id); !existing)
        return Status::from(existing);
    if (const Status valid = validate(policy); !valid)
        return valid;

    QSqlQuery q = m_database.query();
    q.prepare(u"UPDATE sla_policies SET name = ?, description = ?, calendar_id = ?, "
              "warning_percent = ?, critical_percent = ? WHERE id = ?"_s);
    q.addBindValue(policy.name.trimmed());
    q.addBindValue(SqlValue::text(policy.description));
    q.addBindValue(policy.calendarId);
    q.addBindValue(policy.warningPercent);
    q.addBindValue(policy.criticalPercent);
    q.addBindValue(policy.id);
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    return writeTargets(policy);
}

Status SlaPolicyTable::writeTargets(const SlaPolicy &policy) const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"DELETE FROM sla_targets WHERE policy_id = ?"_s);
    q.addBindValue(policy.id);
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    q.prepare(u"INSERT INTO sla_targets (policy_id, priority, response_minutes, "
              "resolution_minutes) VALUES (?, ?, ?, ?)"_s);
    for (const Priority::Level level : Priority::all()) {
        q.addBindValue(policy.id);
        q.addBindValue(Priority::key(level));
        q.addBindValue(policy.target(level).responseMinutes);
        q.addBindValue(policy.target(level).resolutionMinutes);
        if (!q.exec())
            return Status::failure(Database::errorText(q.lastError()));
    }
    return {};
}

Status SlaPolicyTable::remove(qint64 id) const
{
    const auto policy = byId(id);
    if (!policy)
        return Status::from(policy);
    if (const Status unused = checkUnused(*policy); !unused)
        return unused;

    QSqlQuery q = m_database.query();
    q.prepare(u"DELETE FROM sla_policies WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    return {};
}

// Requests keep their stored targets when a policy goes; services would
// silently lose their commitment, so they must be moved first.
Status SlaPolicyTable::checkUnused(const SlaPolicy &policy) const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT name FROM services WHERE sla_policy_id = ? ORDER BY name"_s);
    q.addBindValue(policy.id);
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    QStringList services;
    while (q.next())
        services.append(u"\""_s + q.value(0).toString() + u"\""_s);
    if (services.isEmpty())
        return {};
    const int shown = 5;
    QString names = services.mid(0, shown).join(u", "_s);
    if (services.size() > shown)
        names += u", …"_s;
    return Status::failure(tr("The SLA policy \"%1\" cannot be deleted: %n service(s) commit to "
                              "it (%2). Give them another policy or none first.",
                              nullptr, int(services.size()))
                               .arg(policy.name, names));
}
