#include "Database.h"

#include "Logging.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"kaliaops-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database()
    : m_connectionName(nextConnectionName())
{}

Database::~Database()
{
    close();
}

bool Database::open(const DatabaseUrl &url, QString *error)
{
    close();
    if (!url.isValid()) {
        *error = tr("No valid database URL was given.");
        return false;
    }
    m_url = url;

    const bool sqlite = url.backend() == Backend::Sqlite;
    const QString driver = sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        *error = tr("The Qt SQL driver %1 is not installed.").arg(driver);
        return false;
    }
    if (sqlite && !prepareSqliteFile(error))
        return false;

    if (!connect(driver, error)) {
        close();
        return false;
    }
    if (!configureSession(error)) {
        close();
        return false;
    }
    qCDebug(lcStorage) << "opened" << url.toDisplayString();
    return true;
}

bool Database::connect(const QString &driver, QString *error)
{
    // The local handle must be gone before close() removes the connection.
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connectionName);
    if (m_url.backend() == Backend::Sqlite) {
        db.setDatabaseName(m_url.sqlitePath());
        // Another connection may hold the write lock for a moment.
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    } else {
        db.setHostName(m_url.host());
        db.setPort(m_url.port());
        db.setUserName(m_url.userName());
        db.setPassword(m_url.password());
        db.setDatabaseName(m_url.databaseName());
        db.setConnectOptions(m_url.connectOptions());
    }
    if (db.open())
        return true;
    *error =
        tr("Cannot open the database %1: %2").arg(m_url.toDisplayString(), db.lastError().text());
    return false;
}

bool Database::prepareSqliteFile(QString *error) const
{
    const QFileInfo file(m_url.sqlitePath());
    if (QDir().mkpath(file.absolutePath()))
        return true;
    *error = tr("Cannot create the folder %1 for the database.").arg(file.absolutePath());
    return false;
}

bool Database::configureSession(QString *error)
{
    QStringList statements;
    if (backend() == Backend::Sqlite) {
        // Foreign keys are off by default in SQLite; WAL lets readers run
        // while a write is in progress.
        statements = {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA journal_mode = WAL"_s,
                      u"PRAGMA synchronous = NORMAL"_s};
    } else {
        statements = {u"SET client_min_messages TO warning"_s, u"SET TIME ZONE 'UTC'"_s};
    }
    QSqlQuery q = query();
    for (const QString &statement : std::as_const(statements)) {
        if (!q.exec(statement)) {
            *error = errorText(q.lastError());
            return false;
        }
    }
    return true;
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery Database::query() const
{
    return QSqlQuery(connection());
}

QString Database::errorText(const QSqlError &error)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return tr("The database refused the operation: %1").arg(detail.trimmed());
}

bool Database::testConnection(const DatabaseUrl &url, QString *error)
{
    Database probe;
    if (!probe.open(url, error))
        return false;
    QSqlQuery q = probe.query();
    if (!q.exec(u"SELECT 1"_s) || !q.next()) {
        *error = errorText(q.lastError());
        return false;
    }
    return true;
}
