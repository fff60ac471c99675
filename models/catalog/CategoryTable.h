#pragma once

#include "CatalogChange.h"
#include "Category.h"
#include "storage/Result.h"

#include <QCoreApplication>

class Database;
class Session;

// SQL over the categories table, with the catalog's rules: names required,
// trimmed and unique among siblings, no cycles, no deleting a category that
// still holds something. Runs inside the caller's transaction, and records
// each change in the catalog history as made by the session's person.
class CategoryTable
{
    Q_DECLARE_TR_FUNCTIONS(CategoryTable)

public:
    explicit CategoryTable(const Database &database, const Session *session = nullptr);

    // Every category, ordered by parent, display order, then name.
    Result<QList<Category>> all() const;
    Result<Category> byId(qint64 id) const;

    Result<qint64> insert(const Category &category) const;
    // Inserts a deleted category again with its own id (undo of a delete),
    // with the rules of insert(); refused when the id is taken.
    Result<qint64> restore(const Category &category) const;
    Status update(const Category &category) const;
    Status remove(qint64 id) const;
    // Moves a category under a parent (0: top level) at a position among its
    // new siblings, renumbering their display order 1, 2, 3…
    Status place(qint64 id, qint64 parentId, int position) const;

    // "2 sub-categories and 5 services", or empty when the category is empty.
    Result<QString> contentsText(qint64 id) const;

    // The rules insert() and update() apply, without writing: for editors
    // that show problems before saving.
    Status check(const Category &category) const { return validate(category); }

private:
    Status validate(const Category &category) const;
    Status checkSiblingName(qint64 parentId, const QString &name, qint64 exceptId) const;
    Status checkNoCycle(qint64 id, qint64 newParentId) const;
    Result<QList<qint64>> orderedChildren(qint64 parentId, qint64 exceptId) const;
    Result<qint64> count(const QString &sql, qint64 id) const;
    Result<qint64> insertRow(const Category &category, qint64 id,
                             CatalogChange::Action action) const;
    Status record(qint64 id, CatalogChange::Action action, const QJsonObject &changes) const;

    const Database &m_database;
    const Session *m_session = nullptr;
};
