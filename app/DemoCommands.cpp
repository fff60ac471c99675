#include "DemoCommands.h"

#include "CommandContext.h"
#include "DatabaseSetup.h"
#include "catalog/CatalogStore.h"
#include "demo/DemoCatalog.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

int DemoCommands::run(CommandContext &context)
{
    if (context.words != QStringList{u"load"_s}) {
        context.err << tr("The demo command is \"kaliaops demo load\".") << Qt::endl;
        return 2;
    }
    if (context.replace) {
        context.err << tr("--replace goes with catalog import, not with demo load.") << Qt::endl;
        return 2;
    }
    return load(context);
}

int DemoCommands::load(CommandContext &context)
{
    // Like "db init": a new database gets its schema first.
    Database database;
    QString error;
    if (!database.open(context.url, &error) || DatabaseSetup::prepare(database, &error) < 0) {
        context.err << error << Qt::endl;
        return 1;
    }

    const CatalogStore store(database);
    const auto categories = store.categories();
    const auto services = store.services();
    if (!categories || !services) {
        context.err << (categories ? services.error() : categories.error()) << Qt::endl;
        return 1;
    }
    if (!categories->isEmpty() || !services->isEmpty()) {
        context.err << tr("The catalog of %1 is not empty: the demo loads only into an empty "
                          "catalog, so that it never mixes with real data.")
                           .arg(context.url.toDisplayString())
                    << Qt::endl;
        return 1;
    }

    if (const Status loaded = DemoCatalog::load(database, context.language); !loaded) {
        context.err << loaded.error() << Qt::endl;
        return 1;
    }
    const auto loadedCategories = store.categories();
    const auto loadedServices = store.services();
    context.out << tr("Loaded the demo catalog into %1: %2 and %3.")
                       .arg(context.url.toDisplayString(),
                            tr("%n category(ies)", nullptr,
                               int(loadedCategories ? loadedCategories->size() : 0)),
                            tr("%n service(s)", nullptr,
                               int(loadedServices ? loadedServices->size() : 0)))
                << Qt::endl;
    return 0;
}
