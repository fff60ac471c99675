#pragma once

#include "DemoData.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

class Database;

// Writes the demo tables into the database, inside the caller's transaction:
// teams, people and their roles, team leads, categories, then services that
// refer to the people and teams just written. A person whose login is already
// taken, or a team whose name is, is used as it is instead of being created
// twice, so the demo fits a database that already lists its staff.
class DemoWriter
{
    Q_DECLARE_TR_FUNCTIONS(DemoWriter)

public:
    DemoWriter(const Database &database, DemoData::Language language);

    Status writeAll();

private:
    Status writeTeams();
    Status writePeople();
    Status writeTeamLeads();
    Status writeCategories();
    Status writeSlaPolicy();
    Status writeServices();

    Result<qint64> insertPerson(const DemoData::PersonRow &row) const;
    // The id of the row whose column holds value, or 0 when there is none.
    Result<qint64> existingId(const QString &table, const QString &column,
                              const QString &value) const;
    // The id written for a key of the tables: 0 for an empty key, a failure
    // for a key that no row defines (a mistake in the tables).
    Result<qint64> idFor(const QHash<QString, qint64> &ids, QStringView key) const;

    const Database &m_database;
    DemoData::Language m_language;
    QHash<QString, qint64> m_teamIds;
    qint64 m_slaPolicyId = 0;
    QHash<QString, qint64> m_personIds;
    QHash<QString, qint64> m_categoryIds;
    QSet<qint64> m_createdTeamIds;
};
