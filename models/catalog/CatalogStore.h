#pragma once

#include "Category.h"
#include "Service.h"
#include "storage/Result.h"

#include <QObject>
#include <functional>

class Database;
class CategoryTable;
class ServiceTable;

// The catalog as the program and the command line use it. Every write is one
// transaction that either fully happens or returns a translated message, and
// is followed by catalogChanged() so that every view can refresh.
class CatalogStore : public QObject
{
    Q_OBJECT

public:
    explicit CatalogStore(const Database &database, QObject *parent = nullptr);

    const Database &database() const { return m_database; }

    Result<QList<Category>> categories() const;
    Result<QList<Service>> services() const;
    Result<Category> category(qint64 id) const;
    Result<Service> service(qint64 id) const;
    // What a category holds, as people read it ("2 services"), or empty.
    Result<QString> categoryContents(qint64 id) const;

    Result<qint64> createCategory(const Category &category);
    Status updateCategory(const Category &category);
    // Moves a category under parentId (0: top level) at position among its
    // new siblings; a move that would make a cycle is refused.
    Status moveCategory(qint64 id, qint64 parentId, int position);
    Status deleteCategory(qint64 id);

    Result<qint64> createService(const Service &service);
    Status updateService(const Service &service);
    Status moveService(qint64 id, qint64 categoryId, int position);
    Status deleteService(qint64 id);

    // Runs several table operations in one transaction (the import does).
    Status writeAll(const std::function<Status(const CategoryTable &, const ServiceTable &)> &work);

signals:
    void catalogChanged();

private:
    Status write(const std::function<Status()> &work);

    const Database &m_database;
};
