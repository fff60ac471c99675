#pragma once

#include "storage/Result.h"

#include <QHash>

class Database;

// The directory data a catalog file names instead of numbering: people by
// login, teams and SLA policies by name. Lookups are exact; an unknown id
// gives an empty text and an unknown text gives 0.
class CatalogDirectory
{
public:
    static Result<CatalogDirectory> load(const Database &database);

    void addPerson(qint64 id, const QString &login);
    void addTeam(qint64 id, const QString &name);
    void addSlaPolicy(qint64 id, const QString &name);

    QString login(qint64 personId) const { return m_logins.value(personId); }
    QString teamName(qint64 teamId) const { return m_teams.value(teamId); }
    QString slaPolicyName(qint64 policyId) const { return m_policies.value(policyId); }

    qint64 personWithLogin(const QString &login) const { return m_personByLogin.value(login); }
    qint64 teamNamed(const QString &name) const { return m_teamByName.value(name); }
    qint64 slaPolicyNamed(const QString &name) const { return m_policyByName.value(name); }
    // Every SLA policy's id, for pickers.
    QList<qint64> slaPolicyIds() const { return m_policies.keys(); }

private:
    QHash<qint64, QString> m_logins;
    QHash<QString, qint64> m_personByLogin;
    QHash<qint64, QString> m_teams;
    QHash<QString, qint64> m_teamByName;
    QHash<qint64, QString> m_policies;
    QHash<QString, qint64> m_policyByName;
};
