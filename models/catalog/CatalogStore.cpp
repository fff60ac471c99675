#include "CatalogStore.h"

#include "CategoryTable.h"
#include "Logging.h"
#include "ServiceTable.h"
#include "storage/Transaction.h"

CatalogStore::CatalogStore(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

Result<QList<Category>> CatalogStore::categories() const
{
    return CategoryTable(m_database).all();
}

Result<QList<Service>> CatalogStore::services() const
{
    return ServiceTable(m_database).all();
}

Result<Category> CatalogStore::category(qint64 id) const
{
    return CategoryTable(m_database).byId(id);
}

Result<Service> CatalogStore::service(qint64 id) const
{
    return ServiceTable(m_database).byId(id);
}

Result<QString> CatalogStore::categoryContents(qint64 id) const
{
    return CategoryTable(m_database).contentsText(id);
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
    return write([&] { return work(CategoryTable(m_database), ServiceTable(m_database)); });
}

Result<qint64> CatalogStore::createCategory(const Category &category)
{
    qint64 id = 0;
    const Status status = write([&] {
        const auto created = CategoryTable(m_database).insert(category);
        id = created.ok() ? created.value() : 0;
        return Status::from(created);
    });
    return status ? Result<qint64>(id) : Result<qint64>::failure(status.error());
}

Status CatalogStore::updateCategory(const Category &category)
{
    return write([&] { return CategoryTable(m_database).update(category); });
}

Status CatalogStore::moveCategory(qint64 id, qint64 parentId, int position)
{
    return write([&] { return CategoryTable(m_database).place(id, parentId, position); });
}

Status CatalogStore::deleteCategory(qint64 id)
{
    return write([&] { return CategoryTable(m_database).remove(id); });
}

Result<qint64> CatalogStore::createService(const Service &service)
{
    qint64 id = 0;
    const Status status = write([&] {
        const auto created = ServiceTable(m_database).insert(service);
        id = created.ok() ? created.value() : 0;
        return Status::from(created);
    });
    return status ? Result<qint64>(id) : Result<qint64>::failure(status.error());
}

Status CatalogStore::updateService(const Service &service)
{
    return write([&] { return ServiceTable(m_database).update(service); });
}

Status CatalogStore::moveService(qint64 id, qint64 categoryId, int position)
{
    return write([&] { return ServiceTable(m_database).place(id, categoryId, position); });
}

Status CatalogStore::deleteService(qint64 id)
{
    return write([&] { return ServiceTable(m_database).remove(id); });
}
