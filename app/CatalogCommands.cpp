#include "CatalogCommands.h"

#include "CommandContext.h"
#include "catalog/CatalogExporter.h"
#include "catalog/CatalogImporter.h"
#include "catalog/CatalogStore.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

const QString standardStream = u"-"_s;

} // namespace

int CatalogCommands::run(CommandContext &context)
{
    const QString action = context.words.value(0);
    if (action != u"export"_s && action != u"import"_s) {
        context.err
            << (action.isEmpty()
                    ? tr("Name a catalog command: export or import.")
                    : tr("Unknown catalog command \"%1\": use export or import.").arg(action))
            << Qt::endl;
        return 2;
    }
    if (context.words.size() != 2) {
        context.err << tr("Name one file: kaliaops catalog %1 FILE.json (\"-\" for the "
                          "standard %2).")
                           .arg(action, action == u"export"_s ? tr("output") : tr("input"))
                    << Qt::endl;
        return 2;
    }
    if (action == u"export"_s && context.replace) {
        context.err << tr("--replace goes with catalog import, not with export.") << Qt::endl;
        return 2;
    }
    return action == u"export"_s ? exportCatalog(context, context.words.at(1))
                                 : importCatalog(context, context.words.at(1));
}

std::unique_ptr<Database> CatalogCommands::openDatabase(CommandContext &context)
{
    auto database = std::make_unique<Database>();
    QString error;
    if (!database->open(context.url, &error)) {
        context.err << error << Qt::endl;
        return nullptr;
    }

    // Upgrading a schema is a decision of its own, never a side effect.
    const int version = Migrator(*database).currentVersion(&error);
    const int known = Migrator::latestVersion(database->backend());
    if (version < 0)
        context.err << error << Qt::endl;
    else if (version == 0)
        context.err << tr("%1 holds no KaliaOps schema yet: run \"kaliaops db init\" first.")
                           .arg(context.url.toDisplayString())
                    << Qt::endl;
    else if (version < known)
        context.err << tr("The schema of %1 is out of date: run \"kaliaops db migrate\" first.")
                           .arg(context.url.toDisplayString())
                    << Qt::endl;
    else if (version > known)
        context.err << tr("%1 was written by a newer KaliaOps (schema version %2); this program "
                          "knows up to version %3.")
                           .arg(context.url.toDisplayString())
                           .arg(version)
                           .arg(known)
                    << Qt::endl;
    return version == known ? std::move(database) : nullptr;
}

int CatalogCommands::exportCatalog(CommandContext &context, const QString &fileName)
{
    const auto database = openDatabase(context);
    if (!database)
        return 1;
    const auto json = CatalogExporter(*database).toJson();
    if (!json) {
        context.err << json.error() << Qt::endl;
        return 1;
    }

    if (fileName == standardStream) {
        context.out.flush();
        QFile output;
        if (output.open(stdout, QIODevice::WriteOnly) && output.write(*json) == json->size())
            return 0;
        context.err << tr("Could not write the catalog to the standard output.") << Qt::endl;
        return 1;
    }

    // Written aside and renamed, so a failure never leaves half a file.
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit()) {
        context.err << tr("Could not write %1: %2").arg(fileName, file.errorString()) << Qt::endl;
        return 1;
    }
    context.out << tr("Exported the catalog to %1.").arg(fileName) << Qt::endl;
    return 0;
}

int CatalogCommands::importCatalog(CommandContext &context, const QString &fileName)
{
    QFile file(fileName);
    const bool opened = fileName == standardStream ? file.open(stdin, QIODevice::ReadOnly)
                                                   : file.open(QIODevice::ReadOnly);
    if (!opened) {
        context.err << tr("Could not read %1: %2").arg(fileName, file.errorString()) << Qt::endl;
        return 1;
    }
    const QByteArray json = file.readAll();

    const auto database = openDatabase(context);
    if (!database)
        return 1;
    CatalogStore store(*database);
    CatalogImporter importer(store);
    const auto plan = importer.plan(json, context.replace);
    if (!plan) {
        context.err << plan.error() << Qt::endl;
        return 1;
    }
    if (!plan->canApply()) {
        for (const CatalogProblem &problem : plan->problems)
            context.err << problem.text() << Qt::endl;
        context.err << tr("%n problem(s) found: nothing was imported and the database is "
                          "unchanged.",
                          nullptr, int(plan->problems.size()))
                    << Qt::endl;
        return 1;
    }

    if (const Status applied = importer.apply(*plan); !applied) {
        context.err << applied.error() << Qt::endl
                    << tr("Nothing was imported and the database is unchanged.") << Qt::endl;
        return 1;
    }
    if (!plan->hasChanges())
        context.out << tr("The catalog already matches %1: nothing to change.").arg(fileName)
                    << Qt::endl;
    for (const QString &line : plan->summary())
        context.out << line << Qt::endl;
    return 0;
}
