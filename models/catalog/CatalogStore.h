#pragma once

#include "CatalogChange.h"
#include "Category.h"
#include "Service.h"
#include "storage/Result.h"

#include <QObject>
#include <functional>

class Database;
class CategoryTable;
class ServiceTable;
class Session;

// The catalog as the program and the command line use it. Every write is one
// transaction that either fully happens or returns a translated message, and
// is followed by catalogChanged() so that every view can refresh.
class CatalogStore : public QObject
{
    Q_OBJECT

public:
    explicit CatalogStore(const Database &database, QObject *parent = nullptr);

    const Database &database() const { return m_database; }
    // The person whose changes this store records in the history; nullptr
    // (the default) records them as the system's. The session must outlive
    // the store or be unset first.
    void setSession(const Session *session) { m_session = session; }
    const Session *session() const { return m_session; }

    Result<QList<Category>> categories() const;
    Result<QList<Service>> services() const;
    Result<Category> category(qint64 id) const;
    Result<Service> service(qint64 id) const;
    // What a category holds, as people read it ("2 services"), or empty.
    Result<QString> categoryContents(qint64 id) const;
    // The recorded changes of one category or service, oldest first; still
    // readable once the item is deleted.
    Result<QList<CatalogChange>> history(CatalogChange::Kind kind, qint64 id) const;
    // Every key any published version of the service's form has used: the
    // form designer gives new fields other keys.
    Result<QStringList> formKeysEverUsed(qint64 serviceId) const;
    // What saving would refuse (a clash among siblings, a cycle…), written
    // nowhere: the editor shows it beside the fields before saving.
    Status checkCategory(const Category &category) const;
    Status checkService(const Service &service) const;

    Result<qint64> createCategory(const Category &category);
    Status updateCategory(const Category &category);
    // Moves a category under parentId (0: top level) at position among its
    // new siblings; a move that would make a cycle is refused.
    Status moveCategory(qint64 id, qint64 parentId, int position);
    Status deleteCategory(qint64 id);
    // Inserts a deleted category again with its original id (undo of a
    // delete), with the rules of createCategory().
    Result<qint64> restoreCategory(const Category &category);

    Result<qint64> createService(const Service &service);
    Status updateService(const Service &service);
    Status moveService(qint64 id, qint64 categoryId, int position);
    Status deleteService(qint64 id);
    // Inserts a deleted service again with its original id and form version.
    Result<qint64> restoreService(const Service &service);

    // Runs several table operations in one transaction (the import does).
    Status writeAll(const std::function<Status(const CategoryTable &, const ServiceTable &)> &work);

    // Another connection changed the catalog: the views read it again.
    void announceExternalChange() { emit catalogChanged(); }

signals:
    void catalogChanged();

private:
    Status write(const std::function<Status()> &work);

    const Database &m_database;
    const Session *m_session = nullptr;
};
