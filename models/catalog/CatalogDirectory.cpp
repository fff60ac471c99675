#include "CatalogDirectory.h"

#include "people/PeopleStore.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Result<CatalogDirectory> CatalogDirectory::load(const Database &database)
{
    using R = Result<CatalogDirectory>;
    CatalogDirectory directory;

    const PeopleStore people(database);
    const auto persons = people.people();
    if (!persons)
        return R::failure(persons.error());
    for (const Person &person : *persons)
        directory.addPerson(person.id, person.login);

    const auto teams = people.teams();
    if (!teams)
        return R::failure(teams.error());
    for (const Team &team : *teams)
        directory.addTeam(team.id, team.name);

    // No SLA store exists yet; the policies' names are all the catalog needs.
    QSqlQuery q = database.query();
    if (!q.exec(u"SELECT id, name FROM sla_policies"_s))
        return R::failure(Database::errorText(q.lastError()));
    while (q.next())
        directory.addSlaPolicy(q.value(0).toLongLong(), q.value(1).toString());
    return directory;
}

void CatalogDirectory::addPerson(qint64 id, const QString &login)
{
    m_logins.insert(id, login);
    m_personByLogin.insert(login, id);
}

void CatalogDirectory::addTeam(qint64 id, const QString &name)
{
    m_teams.insert(id, name);
    m_teamByName.insert(name, id);
}

void CatalogDirectory::addSlaPolicy(qint64 id, const QString &name)
{
    m_policies.insert(id, name);
    m_policyByName.insert(name, id);
}
