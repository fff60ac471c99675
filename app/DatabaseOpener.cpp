#include "DatabaseOpener.h"

#include "DatabaseSetup.h"
#include "Logging.h"
#include "demo/DemoCatalog.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

std::unique_ptr<Database> DatabaseOpener::open(const DatabaseUrl &url, const QString &language,
                                               QString *error)
{
    auto database = std::make_unique<Database>();
    if (!database->open(url, error))
        return nullptr;

    const int before = Migrator(*database).currentVersion(error);
    if (before < 0 || DatabaseSetup::prepare(*database, error) < 0)
        return nullptr;

    // A team's PostgreSQL database never receives demo data by surprise.
    if (before == 0 && url.backend() == DatabaseUrl::Backend::Sqlite) {
        const Status loaded = DemoCatalog::load(*database, language);
        if (!loaded) {
            *error = loaded.error();
            return nullptr;
        }
        qCInfo(lcApp) << "first start: demo catalog loaded";
    }
    return database;
}
