#include "CatalogImportTask.h"

#include "CatalogImporter.h"
#include "CatalogStore.h"
#include "storage/Database.h"

#include <QFile>

Result<CatalogImportPlan> CatalogImportTask::plan(const DatabaseUrl &url, const QString &fileName,
                                                  bool replace)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        CatalogImportPlan unreadable;
        unreadable.replace = replace;
        unreadable.problems.append(
            {fileName, tr("The file cannot be read: %1").arg(file.errorString())});
        return unreadable;
    }
    const QByteArray json = file.readAll();

    Database database;
    QString error;
    if (!database.open(url, &error))
        return Result<CatalogImportPlan>::failure(error);
    CatalogStore store(database);
    return CatalogImporter(store).plan(json, replace);
}

Status CatalogImportTask::apply(const DatabaseUrl &url, const CatalogImportPlan &plan,
                                const std::optional<Session> &session)
{
    Database database;
    QString error;
    if (!database.open(url, &error))
        return Status::failure(error);
    CatalogStore store(database);
    if (session)
        store.setSession(&*session);
    return CatalogImporter(store).apply(plan);
}
