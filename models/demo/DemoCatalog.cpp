#include "DemoCatalog.h"

#include "DemoServices.h"
#include "DemoWriter.h"
#include "Logging.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Status DemoCatalog::load(const Database &database, const QString &language)
{
    const DemoData::Language demoLanguage = DemoData::languageFor(language);
    DemoWriter writer(database, demoLanguage);

    // The check runs inside the transaction, so two loads at once cannot
    // both find the catalog empty.
    const Status status = Transaction::run(database, [&] {
        const auto count = categoryCount(database);
        if (!count)
            return Status::from(count);
        if (*count > 0) {
            return Status::failure(tr("This database already holds a catalog of %n category(ies): "
                                      "the demo catalog can only be loaded into an empty catalog.",
                                      nullptr, int(*count)));
        }
        return writer.writeAll();
    });

    if (!status) {
        qCWarning(lcDemo) << "demo catalog not loaded:" << status.error();
        return status;
    }
    qCInfo(lcDemo) << "demo catalog loaded in" << DemoData::languageCode(demoLanguage) << "with"
                   << DemoData::categories().size() << "categories and"
                   << DemoServices::rows().size() << "services";
    return {};
}

Result<bool> DemoCatalog::catalogIsEmpty(const Database &database)
{
    const auto count = categoryCount(database);
    if (!count)
        return Result<bool>::failure(count.error());
    return *count == 0;
}

Result<qint64> DemoCatalog::categoryCount(const Database &database)
{
    QSqlQuery q = database.query();
    if (!q.exec(u"SELECT COUNT(*) FROM categories"_s) || !q.next())
        return Result<qint64>::failure(Database::errorText(q.lastError()));
    return q.value(0).toLongLong();
}
