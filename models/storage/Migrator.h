#pragma once

#include "DatabaseUrl.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// Brings a database to the schema this program knows. Migrations are SQL
// files in resources/sql/<dialect>/NNNN_name.sql; the numbers applied are
// recorded in schema_version. All pending migrations run in one transaction.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    explicit Migrator(const Database &database);

    static QList<Migration> available(DatabaseUrl::Backend backend);
    static int latestVersion(DatabaseUrl::Backend backend);

    // The highest version applied; 0 for a database without our schema.
    int currentVersion(QString *error) const;
    // Applies what is pending; refuses a database written by a newer program.
    // Returns the number of migrations applied, or -1 with *error set.
    int migrate(QString *error);

private:
    bool lockAgainstOtherMigrators(QString *error) const;
    bool ensureVersionTable(QString *error) const;
    bool apply(const Migration &migration, QString *error) const;
    QString refusalForNewerSchema(int found, int known) const;

    const Database &m_database;
};
