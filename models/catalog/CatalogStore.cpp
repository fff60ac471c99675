#include "CatalogStore.h"

#include "CatalogHistory.h"
#include "CategoryTable.h"
#include "Logging.h"
#include "ServiceTable.h"
#include "forms/FormVersionTable.h"
#include "storage/Transaction.h"

CatalogStore::CatalogStore(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

Result<QList<Category>> CatalogStore::categories() const
{
    return CategoryTable(m_database, m_session).all();
}

Result<QList<Service>> CatalogStore::services() const
{
    return ServiceTable(m_database, m_session).all();
}

Result<Category> CatalogStore::category(qint64 id) const
{
    return CategoryTable(m_database, m_session).byId(id);
}

Result<Service> CatalogStore::service(qint64 id) const
{
    return ServiceTable(m_database, m_session).byId(id);
}

Result<QList<CatalogChange>> CatalogStore::history(CatalogChange::Kind kind, qint64 id) const
{
    return CatalogHistory(m_database, m_session).forItem(kind, id);
}

Result<QString> CatalogStore::categoryContents(qint64 id) const
{
    return CategoryTable(m_database, m_session).contentsText(id);
}

Result<QStringList> CatalogStore::formKeysEverUsed(qint64 serviceId) const
{
    return FormVersionTable(m_database).keysEverUsed(serviceId);
}

Status CatalogStore::checkCategory(const Category &category) const
{
    return CategoryTable(m_database, m_session).check(category);
}

Status CatalogStore::checkService(const Service &service) const
{
    return ServiceTable(m_database, m_session).check(service);
}

Status CatalogStore::write(const std::function<Status()> &work)
{
    const Status status = Transaction::run(m_database, work);
    if (!status) {
        qCInfo(lcCatalog).noquote() << "refused:" << status.error();
        return status;
    }
    emit catalogChanged();
    return status;
}

Status CatalogStore::writeAll(
    const std::function<Status(const CategoryTable &, const ServiceTable &)> &work)
{
    return write([&] {
        return work(CategoryTable(m_database, m_session), ServiceTable(m_database, m_session));
    });
}

Result<qint64> CatalogStore::createCategory(const Category &category)
{
    qint64 id = 0;
    const Status status = write([&] {
        const auto created = CategoryTable(m_database, m_session).insert(category);
        id = created.ok() ? created.value() : 0;
        return Status::from(created);
    });
    return status ? Result<qint64>(id) : Result<qint64>::failure(status.error());
}

Result<qint64> CatalogStore::restoreCategory(const Category &category)
{
    qint64 id = 0;
    const Status status = write([&] {
        const auto restored = CategoryTable(m_database, m_session).restore(category);
        id = restored.ok() ? restored.value() : 0;
        return Status::from(restored);
    });
    return status ? Result<qint64>(id) : Result<qint64>::failure(status.error());
}

Status CatalogStore::updateCategory(const Category &category)
{
    return write([&] { return CategoryTable(m_database, m_session).update(category); });
}

Status CatalogStore::moveCategory(qint64 id, qint64 parentId, int position)
{
    return write(
        [&] { return CategoryTable(m_database, m_session).place(id, parentId, position); });
}

Status CatalogStore::deleteCategory(qint64 id)
{
    return write([&] { return CategoryTable(m_database, m_session).remove(id); });
}

Result<qint64> CatalogStore::createService(const Service &service)
{
    qint64 id = 0;
    const Status status = write([&] {
        const auto created = ServiceTable(m_database, m_session).insert(service);
        id = created.ok() ? created.value() : 0;
        return Status::from(created);
    });
    return status ? Result<qint64>(id) : Result<qint64>::failure(status.error());
}

Result<qint64> CatalogStore::restoreService(const Service &service)
{
    qint64 id = 0;
    const Status status = write([&] {
        const auto restored = ServiceTable(m_database, m_session).restore(service);
        id = restored.ok() ? restored.value() : 0;
        return Status::from(restored);
    });
    return status ? Result<qint64>(id) : Result<qint64>::failure(status.error());
}

Status CatalogStore::updateService(const Service &service)
{
    return write([&] { return ServiceTable(m_database, m_session).update(service); });
}

Status CatalogStore::moveService(qint64 id, qint64 categoryId, int position)
{
    return write(
        [&] { return ServiceTable(m_database, m_session).place(id, categoryId, position); });
}

Status CatalogStore::deleteService(qint64 id)
{
    return write([&] { return ServiceTable(m_database, m_session).remove(id); });
}
