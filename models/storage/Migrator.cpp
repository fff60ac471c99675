#include "Migrator.h"

#include "Database.h"
#include "Logging.h"
#include "SqlScript.h"
#include "Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString dialectFolder(DatabaseUrl::Backend backend)
{
    return backend == DatabaseUrl::Backend::Postgres ? u":/sql/postgresql"_s : u":/sql/sqlite"_s;
}

} // namespace

Migrator::Migrator(const Database &database)
    : m_database(database)
{}

QList<Migrator::Migration> Migrator::available(DatabaseUrl::Backend backend)
{
    static const QRegularExpression pattern(u"^(\\d{4})_(\\w+)\\.sql$"_s);
    const QString folder = dialectFolder(backend);
    QList<Migration> migrations;
    const QStringList files = QDir(folder).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        if (match.hasMatch())
            migrations.append({match.captured(1).toInt(), match.captured(2), folder + u'/' + file});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return migrations;
}

int Migrator::latestVersion(DatabaseUrl::Backend backend)
{
    const auto migrations = available(backend);
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

int Migrator::currentVersion(QString *error) const
{
    const QStringList tables = m_database.connection().tables();
    if (!tables.contains(u"schema_version"_s))
        return 0;
    QSqlQuery q = m_database.query();
    if (!q.exec(u"SELECT COALESCE(MAX(version), 0) FROM schema_version"_s) || !q.next()) {
        *error = Database::errorText(q.lastError());
        return -1;
    }
    return q.value(0).toInt();
}

int Migrator::migrate(QString *error)
{
    const int known = latestVersion(m_database.backend());
    Transaction transaction(m_database);
    if (!transaction.begin(error) || !lockAgainstOtherMigrators(error) ||
        !ensureVersionTable(error))
        return -1;

    // Read the version under the lock: another desktop may have just migrated.
    const int current = currentVersion(error);
    if (current < 0)
        return -1;
    if (current > known) {
        *error = refusalForNewerSchema(current, known);
        return -1;
    }

    int applied = 0;
    const auto migrations = available(m_database.backend());
    for (const Migration &migration : migrations) {
        if (migration.version <= current)
            continue;
        if (!apply(migration, error))
            return -1;
        ++applied;
    }
    if (!transaction.commit(error))
        return -1;
    if (applied > 0)
        qCDebug(lcStorage) << "applied" << applied << "migration(s); schema version" << known;
    return applied;
}

bool Migrator::lockAgainstOtherMigrators(QString *error) const
{
    // SQLite's BEGIN IMMEDIATE already serialises writers.
    if (!m_database.isPostgres())
        return true;
    QSqlQuery q = m_database.query();
    if (q.exec(u"SELECT pg_advisory_xact_lock(7243105)"_s))
        return true;
    *error = Database::errorText(q.lastError());
    return false;
}

bool Migrator::ensureVersionTable(QString *error) const
{
    const QString timeType = m_database.isPostgres() ? u"timestamptz"_s : u"TEXT"_s;
    QSqlQuery q = m_database.query();
    if (q.exec(u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
               "name TEXT NOT NULL, applied_at %1 NOT NULL)"_s.arg(timeType)))
        return true;
    *error = Database::errorText(q.lastError());
    return false;
}

bool Migrator::apply(const Migration &migration, QString *error) const
{
    QFile file(migration.resourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The migration %1 is missing from the program.").arg(migration.resourcePath);
        return false;
    }

    QSqlQuery q = m_database.query();
    const QStringList statements = SqlScript::split(QString::fromUtf8(file.readAll()));
    for (const QString &statement : statements) {
        if (!q.exec(statement)) {
            *error = tr("Migration %1 (%2) failed: %3")
                         .arg(migration.version)
                         .arg(migration.name, Database::errorText(q.lastError()));
            qCWarning(lcStorage).noquote() << *error << "in" << statement;
            return false;
        }
    }

    q.prepare(u"INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"_s);
    q.addBindValue(migration.version);
    q.addBindValue(migration.name);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        *error = Database::errorText(q.lastError());
        return false;
    }
    return true;
}

QString Migrator::refusalForNewerSchema(int found, int known) const
{
    return tr("This database was written by a newer version of KaliaOps (schema version %1; "
              "this program knows up to %2). Update KaliaOps before opening it.")
        .arg(found)
        .arg(known);
}
