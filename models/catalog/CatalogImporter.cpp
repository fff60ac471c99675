#include "CatalogImporter.h"

#include "CatalogDocumentCheck.h"
#include "CatalogImportPlanner.h"
#include "CatalogJson.h"
#include "CatalogStore.h"
#include "CategoryTable.h"
#include "Logging.h"
#include "ServiceTable.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

Result<QSet<qint64>> servicesWithRequests(const Database &database)
{
    QSqlQuery q = database.query();
    if (!q.exec(u"SELECT id FROM services WHERE EXISTS "
                "(SELECT 1 FROM service_requests r WHERE r.service_id = services.id)"_s))
        return Result<QSet<qint64>>::failure(Database::errorText(q.lastError()));
    QSet<qint64> ids;
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

Result<CatalogImportPlanner::Current> readCurrent(const Database &database)
{
    using R = Result<CatalogImportPlanner::Current>;
    const auto categories = CategoryTable(database).all();
    if (!categories)
        return R::failure(categories.error());
    const auto services = ServiceTable(database).all();
    if (!services)
        return R::failure(services.error());
    const auto directory = CatalogDirectory::load(database);
    if (!directory)
        return R::failure(directory.error());
    const auto withRequests = servicesWithRequests(database);
    if (!withRequests)
        return R::failure(withRequests.error());
    return CatalogImportPlanner::Current{*categories, *services, *directory, *withRequests};
}

Status refusal(const CatalogImportPlan &plan)
{
    QStringList lines;
    for (const CatalogProblem &problem : plan.problems)
        lines << problem.text();
    return Status::failure(lines.join(u'\n'));
}

// A table's message, with the entry of the file it is about.
Status at(const QString &place, const QString &error)
{
    return Status::failure(CatalogProblem{place, error}.text());
}

} // namespace

CatalogImporter::CatalogImporter(CatalogStore &store)
    : m_store(store)
{}

Result<CatalogImportPlan> CatalogImporter::plan(const QByteArray &json, bool replace) const
{
    CatalogImportPlan refused;
    refused.replace = replace;
    refused.document = CatalogJson::read(json, &refused.problems);
    if (!refused.canApply())
        return refused;
    return plan(refused.document, replace);
}

Result<CatalogImportPlan> CatalogImporter::plan(const CatalogDocument &document, bool replace) const
{
    // A document built in code has not been through the file checks.
    CatalogImportPlan refused;
    refused.replace = replace;
    refused.document = document;
    CatalogDocumentCheck::run(document, &refused.problems);
    if (!refused.canApply())
        return refused;

    const auto current = readCurrent(m_store.database());
    if (!current)
        return Result<CatalogImportPlan>::failure(current.error());
    return CatalogImportPlanner::make(document, replace, *current);
}

Status CatalogImporter::apply(const CatalogImportPlan &plan)
{
    if (!plan.canApply())
        return refusal(plan);

    const Status status = m_store.writeAll(
        [&](const CategoryTable &categories, const ServiceTable &services) -> Status {
            const auto current = readCurrent(m_store.database());
            if (!current)
                return Status::from(current);
            const CatalogImportPlan now =
                CatalogImportPlanner::make(plan.document, plan.replace, *current);
            if (!now.canApply())
                return refusal(now);
            if (!now.sameChanges(plan))
                return Status::failure(tr("The catalog has changed since this import was prepared; "
                                          "prepare it again to see what it would do now."));
            return execute(now, categories, services);
        });
    if (status)
        qCDebug(lcCatalog).noquote() << "imported:" << plan.summary().join(u' ');
    return status;
}

Status CatalogImporter::execute(const CatalogImportPlan &plan, const CategoryTable &categories,
                                const ServiceTable &services) const
{
    QHash<QString, qint64> idOfKey;
    for (const auto &step : plan.categorySteps) {
        const auto &entry = plan.document.categories.at(step.index);
        const QString place = u"categories[%1]"_s.arg(step.index);
        Category category = entry.category;
        category.id = step.id;
        category.parentId = entry.parentKey.isEmpty() ? 0 : idOfKey.value(entry.parentKey);
        if (step.id == 0) {
            const auto created = categories.insert(category);
            if (!created)
                return at(place, created.error());
            category.id = *created;
        } else if (step.write) {
            if (const Status updated = categories.update(category); !updated)
                return at(place, updated.error());
        }
        idOfKey.insert(entry.key, category.id);
    }

    for (const auto &step : plan.serviceSteps) {
        const QString place = u"services[%1]"_s.arg(step.index);
        Service service = step.service;
        service.categoryId = idOfKey.value(plan.document.services.at(step.index).categoryKey);
        if (service.id == 0) {
            if (const auto created = services.insert(service); !created)
                return at(place, created.error());
        } else if (step.write) {
            if (const Status updated = services.update(service); !updated)
                return at(place, updated.error());
        }
    }
    return removeAll(plan, categories, services);
}

Status CatalogImporter::removeAll(const CatalogImportPlan &plan, const CategoryTable &categories,
                                  const ServiceTable &services) const
{
    for (const auto &removal : plan.removedServices) {
        if (const Status removed = services.remove(removal.id); !removed)
            return at(removal.pathText(), removed.error());
    }
    for (const auto &removal : plan.removedCategories) {
        if (const Status removed = categories.remove(removal.id); !removed)
            return at(removal.pathText(), removed.error());
    }
    return {};
}
