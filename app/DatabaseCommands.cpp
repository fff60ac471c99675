#include "DatabaseCommands.h"

#include "CommandContext.h"
#include "DatabaseSetup.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// The tables whose row counts `db info` shows, in reading order.
const QStringList countedTables = {u"categories"_s,     u"services"_s,  u"form_versions"_s,
                                   u"people"_s,         u"teams"_s,     u"service_requests"_s,
                                   u"request_events"_s, u"comments"_s,  u"attachments"_s,
                                   u"sla_policies"_s,   u"calendars"_s, u"notifications"_s};

} // namespace

int DatabaseCommands::run(CommandContext &context)
{
    const QString action = context.words.value(0);
    if (action == u"init"_s)
        return init(context);
    if (action == u"migrate"_s)
        return migrate(context);
    if (action == u"info"_s)
        return info(context);
    if (action.isEmpty())
        context.err << tr("The db command needs an action: init, migrate or info.") << Qt::endl;
    else
        context.err << tr("Unknown database command \"%1\": use init, migrate or info.").arg(action)
                    << Qt::endl;
    return 2;
}

int DatabaseCommands::init(CommandContext &context)
{
    Database database;
    QString error;
    int applied = -1;
    if (database.open(context.url, &error))
        applied = DatabaseSetup::prepare(database, &error);
    if (applied < 0) {
        context.err << error << Qt::endl;
        return 1;
    }
    const int version = Migrator::latestVersion(database.backend());
    if (applied == 0)
        context.out << tr("The database %1 is already initialised (schema version %2).")
                           .arg(context.url.toDisplayString())
                           .arg(version)
                    << Qt::endl;
    else
        context.out << tr("Initialised %1 at schema version %2.")
                           .arg(context.url.toDisplayString())
                           .arg(version)
                    << Qt::endl;
    return 0;
}

int DatabaseCommands::migrate(CommandContext &context)
{
    Database database;
    QString error;
    if (!database.open(context.url, &error)) {
        context.err << error << Qt::endl;
        return 1;
    }
    Migrator migrator(database);
    const int current = migrator.currentVersion(&error);
    if (current == 0) {
        context.err << tr("%1 holds no KaliaOps schema yet: run \"kaliaops db init\" first.")
                           .arg(context.url.toDisplayString())
                    << Qt::endl;
        return 1;
    }
    const int applied = current < 0 ? -1 : DatabaseSetup::prepare(database, &error);
    if (applied < 0) {
        context.err << error << Qt::endl;
        return 1;
    }
    context.out << tr("%n migration(s) applied; schema version %1.", nullptr, applied)
                       .arg(Migrator::latestVersion(database.backend()))
                << Qt::endl;
    return 0;
}

int DatabaseCommands::info(CommandContext &context)
{
    Database database;
    QString error;
    if (!database.open(context.url, &error)) {
        context.err << error << Qt::endl;
        return 1;
    }
    const int version = Migrator(database).currentVersion(&error);
    if (version < 0) {
        context.err << error << Qt::endl;
        return 1;
    }

    const bool postgres = database.isPostgres();
    context.out << tr("Database: %1").arg(context.url.toDisplayString()) << Qt::endl
                << tr("Backend: %1").arg(postgres ? u"PostgreSQL"_s : u"SQLite"_s) << Qt::endl
                << tr("Schema version: %1 (this program knows up to %2)")
                       .arg(version)
                       .arg(Migrator::latestVersion(database.backend()))
                << Qt::endl;
    if (version == 0)
        return 0;

    context.out << tr("Rows:") << Qt::endl;
    QSqlQuery q = database.query();
    for (const QString &table : countedTables) {
        if (!q.exec(u"SELECT COUNT(*) FROM "_s + table) || !q.next())
            continue;
        context.out << u"  %1 %2"_s.arg(table, -18).arg(q.value(0).toLongLong()) << Qt::endl;
    }
    return 0;
}
