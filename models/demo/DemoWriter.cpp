#include "DemoWriter.h"

#include "DemoServices.h"
#include "Logging.h"
#include "catalog/CategoryTable.h"
#include "catalog/ServiceTable.h"
#include "people/PeopleStore.h"
#include "sla/BusinessCalendar.h"
#include "sla/CalendarTable.h"
#include "sla/SlaPolicyTable.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

DemoWriter::DemoWriter(const Database &database, DemoData::Language language)
    : m_database(database)
    , m_language(language)
{}

Status DemoWriter::writeAll()
{
    // Each step needs the ids of the ones before it.
    for (const auto step :
         {&DemoWriter::writeTeams, &DemoWriter::writePeople, &DemoWriter::writeTeamLeads,
          &DemoWriter::writeCategories, &DemoWriter::writeSlaPolicy, &DemoWriter::writeServices}) {
        if (const Status status = (this->*step)(); !status)
            return status;
    }
    return {};
}

Status DemoWriter::writeTeams()
{
    for (const DemoData::TeamRow &row : DemoData::teams()) {
        const QString name = row.name.in(m_language);
        auto id = existingId(u"teams"_s, u"name"_s, name);
        if (!id)
            return Status::from(id);

        if (*id == 0) {
            QSqlQuery q = m_database.query();
            q.prepare(u"INSERT INTO teams (name) VALUES (?) RETURNING id"_s);
            q.addBindValue(name);
            if (!q.exec() || !q.next())
                return Status::failure(Database::errorText(q.lastError()));
            id = q.value(0).toLongLong();
            m_createdTeamIds.insert(*id);
        }
        m_teamIds.insert(row.key.toString(), *id);
    }
    return {};
}

Status DemoWriter::writePeople()
{
    for (const DemoData::PersonRow &row : DemoData::people()) {
        auto id = existingId(u"people"_s, u"login"_s, row.login.toString());
        if (!id)
            return Status::from(id);

        if (*id == 0) {
            id = insertPerson(row);
            if (!id)
                return Status::from(id);
        }
        m_personIds.insert(row.login.toString(), *id);
    }
    return {};
}

Result<qint64> DemoWriter::insertPerson(const DemoData::PersonRow &row) const
{
    const auto managerId = idFor(m_personIds, row.managerLogin);
    const auto teamId = idFor(m_teamIds, row.teamKey);
    if (!managerId)
        return managerId;
    if (!teamId)
        return teamId;

    Person person;
    person.login = row.login.toString();
    person.displayName = row.displayName.toString();
    person.email = row.email.toString();
    person.managerId = *managerId;
    person.teamId = *teamId;
    person.roles = row.roles;
    person.language = DemoData::languageCode(m_language);
    return PeopleStore(m_database).insertPerson(person);
}

Status DemoWriter::writeTeamLeads()
{
    // A team that was there before keeps the lead it has.
    QSqlQuery q = m_database.query();
    q.prepare(u"UPDATE teams SET lead_id = ? WHERE id = ?"_s);
    for (const DemoData::TeamRow &row : DemoData::teams()) {
        const qint64 teamId = m_teamIds.value(row.key.toString());
        if (!m_createdTeamIds.contains(teamId))
            continue;
        const auto leadId = idFor(m_personIds, row.leadLogin);
        if (!leadId)
            return Status::from(leadId);
        q.addBindValue(SqlValue::id(*leadId));
        q.addBindValue(teamId);
        if (!q.exec())
            return Status::failure(Database::errorText(q.lastError()));
    }
    return {};
}

Status DemoWriter::writeCategories()
{
    const CategoryTable table(m_database);
    QHash<QString, int> childCount;
    for (const DemoData::CategoryRow &row : DemoData::categories()) {
        const auto parentId = idFor(m_categoryIds, row.parentKey);
        if (!parentId)
            return Status::from(parentId);

        Category category;
        category.parentId = *parentId;
        category.name = row.name.in(m_language);
        category.description = row.description.in(m_language);
        category.icon = row.icon.toString();
        category.displayOrder = ++childCount[row.parentKey.toString()];
        const auto id = table.insert(category);
        if (!id)
            return Status::from(id);
        m_categoryIds.insert(row.key.toString(), *id);
    }
    return {};
}

// One policy on "Office hours", so that the demo shows firm commitments
// beside the estimates: normal requests resolved within two working days.
Status DemoWriter::writeSlaPolicy()
{
    const auto office = CalendarTable(m_database).byName(BusinessCalendar::officeHoursName());
    if (!office)
        return {}; // no calendar to count in: the demo keeps its estimates only
    const bool french = m_language == DemoData::Language::French;
    SlaPolicy policy;
    policy.name = french ? u"Support standard"_s : u"Standard support"_s;
    policy.description = french ? u"Heures de bureau ; les demandes urgentes d'abord."_s
                                : u"Office hours; urgent requests first."_s;
    policy.calendarId = office->id();
    const int hour = 60;
    policy.target(Priority::Level::Low) = {8 * hour, 45 * hour};
    policy.target(Priority::Level::Normal) = {4 * hour, 18 * hour};
    policy.target(Priority::Level::High) = {hour, 9 * hour};
    policy.target(Priority::Level::Critical) = {hour / 2, 4 * hour};
    const auto id = SlaPolicyTable(m_database).insert(policy);
    if (!id)
        return Status::from(id);
    m_slaPolicyId = *id;
    return {};
}

Status DemoWriter::writeServices()
{
    const ServiceTable table(m_database);
    QHash<QString, int> serviceCount;
    for (const DemoData::ServiceRow &row : DemoServices::rows()) {
        const auto categoryId = idFor(m_categoryIds, row.categoryKey);
        const auto approverId = idFor(m_personIds, row.designatedApproverLogin);
        const auto teamId = idFor(m_teamIds, row.teamKey);
        for (const auto &id : {categoryId, approverId, teamId}) {
            if (!id)
                return Status::from(id);
        }

        Service service;
        service.categoryId = *categoryId;
        service.name = row.name.in(m_language);
        service.description = row.description.in(m_language);
        service.keywords = row.keywords.in(m_language).split(u", "_s);
        service.icon = row.icon.toString();
        service.displayOrder = ++serviceCount[row.categoryKey.toString()];
        service.requiresApproval = row.requiresApproval;
        service.approverRule = row.approverRule;
        service.designatedApproverId = *approverId;
        service.fulfilmentTeamId = *teamId;
        service.estimatedDelayAmount = row.delayAmount;
        service.estimatedDelayUnit = row.delayUnit;
        service.formSchema = row.formSchema(m_language);
        service.slaPolicyId = row.standardSla ? m_slaPolicyId : 0;
        if (const auto id = table.insert(service); !id)
            return Status::from(id);
    }
    qCDebug(lcDemo) << "wrote" << DemoServices::rows().size() << "services";
    return {};
}

Result<qint64> DemoWriter::existingId(const QString &table, const QString &column,
                                      const QString &value) const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT id FROM %1 WHERE %2 = ?"_s.arg(table, column));
    q.addBindValue(value);
    if (!q.exec())
        return Result<qint64>::failure(Database::errorText(q.lastError()));
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<qint64> DemoWriter::idFor(const QHash<QString, qint64> &ids, QStringView key) const
{
    if (key.isEmpty())
        return qint64(0);
    const auto found = ids.constFind(key.toString());
    if (found == ids.constEnd())
        return Result<qint64>::failure(
            tr("The demo data refers to \"%1\", which it does not define.").arg(key));
    return *found;
}
