#include "PeopleStore.h"

#include "Logging.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

PeopleStore::PeopleStore(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

Result<QList<Person>> PeopleStore::people() const
{
    return selectPeople({}, {});
}

Result<Person> PeopleStore::person(qint64 id) const
{
    const auto found = selectPeople(u"WHERE id = ?"_s, {id});
    if (!found)
        return Result<Person>::failure(found.error());
    if (found->isEmpty())
        return Result<Person>::failure(tr("No person has the number %1.").arg(id));
    return found->first();
}

Result<QList<Person>> PeopleStore::peopleWithLogin(const QString &login) const
{
    return selectPeople(u"WHERE login = ?"_s, {login});
}

Result<QList<Person>> PeopleStore::selectPeople(const QString &where,
                                                const QVariantList &values) const
{
    using R = Result<QList<Person>>;
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT id, login, display_name, email, manager_id, team_id, active, language "
              "FROM people "_s +
              where + u" ORDER BY display_name, login"_s);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return R::failure(Database::errorText(q.lastError()));

    QList<Person> people;
    QHash<qint64, qsizetype> rowOf;
    while (q.next()) {
        Person p;
        p.id = q.value(0).toLongLong();
        p.login = q.value(1).toString();
        p.displayName = q.value(2).toString();
        p.email = q.value(3).toString();
        p.managerId = SqlValue::toId(q.value(4));
        p.teamId = SqlValue::toId(q.value(5));
        p.active = q.value(6).toBool();
        p.language = q.value(7).toString();
        p.roles = {};
        rowOf.insert(p.id, people.size());
        people.append(p);
    }

    // Roles live in their own table; read them all at once.
    if (!q.exec(u"SELECT person_id, role FROM person_roles"_s))
        return R::failure(Database::errorText(q.lastError()));
    while (q.next()) {
        const auto row = rowOf.find(q.value(0).toLongLong());
        const auto role = Person::roleFromKey(q.value(1).toString());
        if (row != rowOf.end() && role)
            people[*row].roles |= *role;
    }
    return people;
}

Result<QList<Team>> PeopleStore::teams() const
{
    QSqlQuery q = m_database.query();
    if (!q.exec(u"SELECT id, name, lead_id FROM teams ORDER BY name"_s))
        return Result<QList<Team>>::failure(Database::errorText(q.lastError()));
    QList<Team> teams;
    while (q.next())
        teams.append({q.value(0).toLongLong(), q.value(1).toString(), SqlValue::toId(q.value(2))});
    return teams;
}

Result<qint64> PeopleStore::createTeam(const Team &team)
{
    if (team.name.trimmed().isEmpty())
        return Result<qint64>::failure(tr("A team needs a name."));

    const auto created = Transaction::run<qint64>(m_database, [&]() -> Result<qint64> {
        QSqlQuery q = m_database.query();
        q.prepare(u"INSERT INTO teams (name, lead_id) VALUES (?, ?) RETURNING id"_s);
        q.addBindValue(SqlValue::text(team.name));
        q.addBindValue(SqlValue::id(team.leadId));
        if (!q.exec() || !q.next())
            return Result<qint64>::failure(Database::errorText(q.lastError()));
        return q.value(0).toLongLong();
    });
    if (created)
        emit peopleChanged();
    return created;
}

Status PeopleStore::validate(const Person &person) const
{
    if (person.login.trimmed().isEmpty())
        return Status::failure(tr("A person needs a login."));
    if (person.displayName.trimmed().isEmpty())
        return Status::failure(tr("A person needs a display name."));
    if (!person.language.isEmpty() && person.language != u"en"_s && person.language != u"fr"_s)
        return Status::failure(tr("The language must be \"en\" or \"fr\"."));
    return {};
}

Result<qint64> PeopleStore::createPerson(const Person &person)
{
    if (const Status valid = validate(person); !valid)
        return Result<qint64>::failure(valid.error());

    const auto created = Transaction::run<qint64>(m_database, [&] { return insertPerson(person); });
    if (created) {
        qCDebug(lcPeople) << "created person" << person.login << *created;
        emit peopleChanged();
    }
    return created;
}

Result<qint64> PeopleStore::insertPerson(const Person &person) const
{
    using R = Result<qint64>;
    QSqlQuery q = m_database.query();
    q.prepare(u"INSERT INTO people (login, display_name, email, manager_id, team_id, active, "
              "language) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(SqlValue::text(person.login));
    q.addBindValue(SqlValue::text(person.displayName));
    q.addBindValue(SqlValue::text(person.email));
    q.addBindValue(SqlValue::id(person.managerId));
    q.addBindValue(SqlValue::id(person.teamId));
    q.addBindValue(person.active);
    q.addBindValue(SqlValue::text(person.language));
    if (!q.exec() || !q.next())
        return R::failure(Database::errorText(q.lastError()));
    const qint64 id = q.value(0).toLongLong();
    q.finish();

    q.prepare(u"INSERT INTO person_roles (person_id, role) VALUES (?, ?)"_s);
    for (Person::Role role : Person::allRoles()) {
        if (!person.roles.testFlag(role))
            continue;
        q.addBindValue(id);
        q.addBindValue(Person::roleKey(role));
        if (!q.exec())
            return R::failure(Database::errorText(q.lastError()));
    }
    return id;
}

Status PeopleStore::setTeamLead(qint64 teamId, qint64 personId)
{
    const Status status = Transaction::run(m_database, [&] {
        QSqlQuery q = m_database.query();
        q.prepare(u"UPDATE teams SET lead_id = ? WHERE id = ?"_s);
        q.addBindValue(SqlValue::id(personId));
        q.addBindValue(teamId);
        if (!q.exec())
            return Status::failure(Database::errorText(q.lastError()));
        if (q.numRowsAffected() != 1)
            return Status::failure(tr("No team has the number %1.").arg(teamId));
        return Status();
    });
    if (status)
        emit peopleChanged();
    return status;
}
