#pragma once

#include "Person.h"
#include "Team.h"
#include "storage/Result.h"

#include <QObject>

class Database;

// People and teams: read and write, each call one transaction.
class PeopleStore : public QObject
{
    Q_OBJECT

public:
    explicit PeopleStore(const Database &database, QObject *parent = nullptr);

    Result<QList<Person>> people() const;
    Result<QList<Team>> teams() const;
    Result<Person> person(qint64 id) const;
    // Found people, or an empty result for an unknown login.
    Result<QList<Person>> peopleWithLogin(const QString &login) const;

    Result<qint64> createTeam(const Team &team);
    Result<qint64> createPerson(const Person &person);
    Status setTeamLead(qint64 teamId, qint64 personId);

    // Writes a person and their roles inside the caller's transaction (the
    // demo loads people together with the catalog).
    Result<qint64> insertPerson(const Person &person) const;

signals:
    void peopleChanged();

private:
    Result<QList<Person>> selectPeople(const QString &where, const QVariantList &values) const;
    Status validate(const Person &person) const;

    const Database &m_database;
};
