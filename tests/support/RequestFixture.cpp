#include "RequestFixture.h"

#include "people/PeopleStore.h"
#include "sla/CalendarStore.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

RequestFixture::RequestFixture(const QString &backend)
    : m_test(std::make_unique<TestDatabase>(backend))
{
    m_database = m_test->open();
    if (!m_database || !CalendarStore::ensureDefaults(*m_database, 2026))
        return;
    m_catalog = std::make_unique<CatalogStore>(*m_database);
    m_policies = std::make_unique<SlaPolicyStore>(*m_database);

    Person technician;
    technician.login = u"tech"_s;
    technician.displayName = u"Tom Tech"_s;
    technician.roles = Person::Role::Requester | Person::Role::Technician;
    const auto personId = PeopleStore(*m_database).createPerson(technician);
    if (!personId)
        return;
    technician.id = *personId;
    m_session = Session(technician);

    const auto office = CalendarStore(*m_database).calendarNamed(u"Office hours"_s);
    if (!office)
        return;
    m_calendarId = office->id();
    SlaPolicy policy;
    policy.name = u"Standard"_s;
    policy.calendarId = m_calendarId;
    const auto policyId = m_policies->createPolicy(policy);
    const auto category = m_catalog->createCategory({0, 0, u"Equipment"_s, {}, {}, 1});
    if (!policyId || !category)
        return;
    m_policyId = *policyId;
    m_categoryId = *category;

    m_requests = std::make_unique<RequestStore>(*m_database);
    m_requests->setSession(&m_session);
    m_requests->setClock([this] { return m_now; });
    m_ok = true;
}

RequestFixture::~RequestFixture() = default;

QDateTime RequestFixture::at(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

qint64 RequestFixture::createPerson(const QString &login, Person::Roles roles, qint64 teamId,
                                    qint64 managerId)
{
    Person person;
    person.login = login;
    person.displayName = login;
    person.roles = roles;
    person.teamId = teamId;
    person.managerId = managerId;
    const auto id = PeopleStore(*m_database).createPerson(person);
    return id ? *id : 0;
}

Session RequestFixture::sessionOf(qint64 personId) const
{
    const auto person = PeopleStore(*m_database).person(personId);
    return person ? Session(*person) : Session();
}

qint64 RequestFixture::createTeam(const QString &name, qint64 leadId)
{
    const auto id = PeopleStore(*m_database).createTeam({0, name, leadId});
    return id ? *id : 0;
}

qint64 RequestFixture::createService(const QString &name, qint64 policyId, bool approval, int delay,
                                     Service::DelayUnit unit, qint64 teamId)
{
    Service service;
    service.categoryId = m_categoryId;
    service.name = name;
    service.slaPolicyId = policyId;
    service.requiresApproval = approval;
    service.estimatedDelayAmount = delay;
    service.estimatedDelayUnit = unit;
    service.fulfilmentTeamId = teamId;
    return createService(service);
}

qint64 RequestFixture::createService(Service service)
{
    if (service.categoryId <= 0)
        service.categoryId = m_categoryId;
    const auto id = m_catalog->createService(service);
    if (!id)
        qWarning("service refused: %s", qPrintable(id.error()));
    return id ? *id : 0;
}

qint64 RequestFixture::submit(qint64 serviceId, const QDateTime &when)
{
    m_now = when;
    const auto created = m_requests->submit({serviceId, {}, {}});
    if (!created)
        qWarning("submission refused: %s", qPrintable(created.error()));
    return created ? created->id : 0;
}

bool RequestFixture::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q = m_database->query();
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (q.exec())
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

qint64 RequestFixture::number(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q = m_database->query();
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec() || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}
