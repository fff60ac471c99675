#pragma once

#include "storage/Database.h"
#include "storage/DatabaseUrl.h"

#include <QTemporaryDir>
#include <memory>

// A fresh, empty database for one test, on SQLite or on the PostgreSQL server
// named by KALIAOPS_TEST_PG (a new database is created there and dropped at
// the end), so that every test starts from nothing and tests can run at once.
class TestDatabase
{
public:
    // Adds a "backend" column with a row per available backend.
    static void addBackendColumn();
    static bool postgresAvailable();

    explicit TestDatabase(const QString &backend);
    ~TestDatabase();

    const DatabaseUrl &url() const { return m_url; }
    // A new connection to the database, migrated when asked; fails the test
    // (returns nullptr) when the database cannot be opened.
    std::unique_ptr<Database> open(bool migrate = true) const;

private:
    DatabaseUrl m_url;
    QTemporaryDir m_folder;
    QString m_postgresName;
};
