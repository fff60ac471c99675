#pragma once

#include "Category.h"
#include "storage/Result.h"

#include <QCoreApplication>

class Database;

// SQL over the categories table, with the catalog's rules: names required,
// trimmed and unique among siblings, no cycles, no deleting a category that
// still holds something. Runs inside the caller's transaction.
class CategoryTable
{
    Q_DECLARE_TR_FUNCTIONS(CategoryTable)

public:
    explicit CategoryTable(const Database &database);

    // Every category, ordered by parent, display order, then name.
    Result<QList<Category>> all() const;
    Result<Category> byId(qint64 id) const;

    Result<qint64> insert(const Category &category) const;
    Status update(const Category &category) const;
    Status remove(qint64 id) const;
    // Moves a category under a parent (0: top level) at a position among its
    // new siblings, renumbering their display order 1, 2, 3…
    Status place(qint64 id, qint64 parentId, int position) const;

    // "2 sub-categories and 5 services", or empty when the category is empty.
    Result<QString> contentsText(qint64 id) const;

private:
    Status validate(const Category &category) const;
    Status checkSiblingName(qint64 parentId, const QString &name, qint64 exceptId) const;
    Status checkNoCycle(qint64 id, qint64 newParentId) const;
    Result<QList<qint64>> orderedChildren(qint64 parentId, qint64 exceptId) const;
    Result<qint64> count(const QString &sql, qint64 id) const;

    const Database &m_database;
};
