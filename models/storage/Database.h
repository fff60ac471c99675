#pragma once

#include "DatabaseUrl.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

class QSqlError;

// One named connection to the KaliaOps database. Each Database owns its own
// QSqlDatabase connection, so two of them act like two desktops in tests.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    using Backend = DatabaseUrl::Backend;

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the connection (creating the SQLite file and its folder if
    // needed) without touching the schema: see Migrator for that.
    bool open(const DatabaseUrl &url, QString *error);
    void close();
    bool isOpen() const;

    const DatabaseUrl &url() const { return m_url; }
    Backend backend() const { return m_url.backend(); }
    bool isPostgres() const { return backend() == Backend::Postgres; }
    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }

    // A query on this connection, ready for prepare().
    QSqlQuery query() const;

    // A translated message for a failed statement: what failed and why.
    static QString errorText(const QSqlError &error);

    // Opens the URL and checks it answers, for the "test connection" button.
    static bool testConnection(const DatabaseUrl &url, QString *error);

private:
    bool connect(const QString &driver, QString *error);
    bool prepareSqliteFile(QString *error) const;
    bool configureSession(QString *error);

    DatabaseUrl m_url;
    QString m_connectionName;
};
