#include "CategoryTable.h"

#include "CatalogHistory.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const auto selectColumns =
    u"SELECT id, parent_id, name, description, icon, display_order FROM categories "_s;

Category readCategory(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), SqlValue::toId(q.value(1)), q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toString(),      q.value(5).toInt()};
}

// The same clause matches top-level siblings (NULL parent) and children.
const auto sameParent = u"COALESCE(parent_id, 0) = ?"_s;

} // namespace

CategoryTable::CategoryTable(const Database &database, const Session *session)
    : m_database(database)
    , m_session(session)
{}

Status CategoryTable::record(qint64 id, CatalogChange::Action action,
                             const QJsonObject &changes) const
{
    // A write that changes nothing leaves no trace in the history.
    if (changes.isEmpty())
        return {};
    return CatalogHistory(m_database, m_session)
        .record(CatalogChange::Kind::Category, id, action, changes);
}

Result<QList<Category>> CategoryTable::all() const
{
    QSqlQuery q = m_database.query();
    if (!q.exec(selectColumns + u"ORDER BY COALESCE(parent_id, 0), display_order, name"_s))
        return Result<QList<Category>>::failure(Database::errorText(q.lastError()));
    QList<Category> categories;
    while (q.next())
        categories.append(readCategory(q));
    return categories;
}

Result<Category> CategoryTable::byId(qint64 id) const
{
    QSqlQuery q = m_database.query();
    q.prepare(selectColumns + u"WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Result<Category>::failure(Database::errorText(q.lastError()));
    if (!q.next())
        return Result<Category>::failure(tr("The category number %1 does not exist.").arg(id));
    return readCategory(q);
}

Status CategoryTable::validate(const Category &category) const
{
    const QString name = category.name.trimmed();
    if (name.isEmpty())
        return Status::failure(tr("A category needs a name."));
    if (category.parentId > 0) {
        if (const auto parent = byId(category.parentId); !parent)
            return Status::failure(
                tr("The parent category number %1 does not exist.").arg(category.parentId));
    }
    if (const Status cycle = checkNoCycle(category.id, category.parentId); !cycle)
        return cycle;
    return checkSiblingName(category.parentId, name, category.id);
}

Status CategoryTable::checkSiblingName(qint64 parentId, const QString &name, qint64 exceptId) const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT name FROM categories WHERE "_s + sameParent + u" AND id <> ?"_s);
    q.addBindValue(parentId);
    q.addBindValue(exceptId);
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    while (q.next()) {
        if (q.value(0).toString().compare(name, Qt::CaseInsensitive) == 0) {
            return Status::failure(
                parentId > 0
                    ? tr("Another category of the same parent is already named \"%1\".").arg(name)
                    : tr("Another top-level category is already named \"%1\".").arg(name));
        }
    }
    return {};
}

Status CategoryTable::checkNoCycle(qint64 id, qint64 newParentId) const
{
    if (id <= 0)
        return {};
    // Walk up from the new parent: meeting the category itself means a cycle.
    qint64 current = newParentId;
    for (int depth = 0; current > 0; ++depth) {
        if (current == id)
            return Status::failure(tr("A category cannot be moved under itself or one of its "
                                      "sub-categories."));
        const auto parent = byId(current);
        if (!parent)
            return Status::from(parent);
        current = parent->parentId;
        if (depth > 10000)
            return Status::failure(tr("The category tree is damaged: it contains a cycle."));
    }
    return {};
}

Result<qint64> CategoryTable::insert(const Category &category) const
{
    const auto id = CatalogHistory(m_database, m_session).unusedId(CatalogChange::Kind::Category);
    if (!id)
        return id;
    return insertRow(category, *id, CatalogChange::Action::Created);
}

Result<qint64> CategoryTable::restore(const Category &category) const
{
    if (category.id <= 0)
        return Result<qint64>::failure(tr("Only a category that had a number can be restored."));
    if (byId(category.id))
        return Result<qint64>::failure(
            tr("The category number %1 already exists: it cannot be restored.").arg(category.id));
    return insertRow(category, category.id, CatalogChange::Action::Restored);
}

// Inserts with the id the database gives (id 0) or with the given one.
Result<qint64> CategoryTable::insertRow(const Category &category, qint64 id,
                                        CatalogChange::Action action) const
{
    using R = Result<qint64>;
    Category fresh = category;
    fresh.id = 0;
    if (const Status valid = validate(fresh); !valid)
        return R::failure(valid.error());

    // Without an id the database issues one: on PostgreSQL the identity
    // sequence, which had issued a restored id before, so it needs no reset.
    const QString idColumn = id > 0 ? u"id, "_s : QString();
    const QString idMark = id > 0 ? u"?, "_s : QString();
    QSqlQuery q = m_database.query();
    q.prepare(u"INSERT INTO categories ("_s + idColumn +
              u"parent_id, name, description, icon, display_order) VALUES ("_s + idMark +
              u"?, ?, ?, ?, ?) RETURNING id"_s);
    if (id > 0)
        q.addBindValue(id);
    q.addBindValue(SqlValue::id(fresh.parentId));
    q.addBindValue(SqlValue::text(fresh.name));
    q.addBindValue(SqlValue::text(fresh.description));
    q.addBindValue(SqlValue::text(fresh.icon));
    q.addBindValue(fresh.displayOrder);
    if (!q.exec() || !q.next())
        return R::failure(Database::errorText(q.lastError()));
    const qint64 newId = q.value(0).toLongLong();
    q.finish();

    const auto stored = byId(newId);
    if (!stored)
        return R::failure(stored.error());
    if (const Status recorded = record(newId, action, CatalogChange::itemJson(*stored)); !recorded)
        return R::failure(recorded.error());
    return newId;
}

Status CategoryTable::update(const Category &category) const
{
    const auto existing = byId(category.id);
    if (!existing)
        return Status::from(existing);
    if (const Status valid = validate(category); !valid)
        return valid;

    QSqlQuery q = m_database.query();
    q.prepare(u"UPDATE categories SET parent_id = ?, name = ?, description = ?, icon = ?, "
              "display_order = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(SqlValue::id(category.parentId));
    q.addBindValue(SqlValue::text(category.name));
    q.addBindValue(SqlValue::text(category.description));
    q.addBindValue(SqlValue::text(category.icon));
    q.addBindValue(category.displayOrder);
    q.addBindValue(SqlValue::time(QDateTime::currentDateTimeUtc()));
    q.addBindValue(category.id);
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    q.finish();

    const auto stored = byId(category.id);
    if (!stored)
        return Status::from(stored);
    return record(category.id, CatalogChange::Action::Changed,
                  CatalogChange::difference(CatalogChange::itemJson(*existing),
                                            CatalogChange::itemJson(*stored)));
}

Result<qint64> CategoryTable::count(const QString &sql, qint64 id) const
{
    QSqlQuery q = m_database.query();
    q.prepare(sql);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(Database::errorText(q.lastError()));
    return q.value(0).toLongLong();
}

Result<QString> CategoryTable::contentsText(qint64 id) const
{
    const auto children = count(u"SELECT COUNT(*) FROM categories WHERE parent_id = ?"_s, id);
    const auto services = count(u"SELECT COUNT(*) FROM services WHERE category_id = ?"_s, id);
    if (!children)
        return Result<QString>::failure(children.error());
    if (!services)
        return Result<QString>::failure(services.error());

    const QString childText = tr("%n sub-category(ies)", nullptr, int(*children));
    const QString serviceText = tr("%n service(s)", nullptr, int(*services));
    if (*children > 0 && *services > 0)
        return tr("%1 and %2").arg(childText, serviceText);
    if (*children > 0)
        return childText;
    if (*services > 0)
        return serviceText;
    return QString();
}

Status CategoryTable::remove(qint64 id) const
{
    const auto category = byId(id);
    if (!category)
        return Status::from(category);
    const auto contents = contentsText(id);
    if (!contents)
        return Status::from(contents);
    if (!contents->isEmpty()) {
        return Status::failure(tr("The category \"%1\" still holds %2: move or delete them "
                                  "first.")
                                   .arg(category->name, *contents));
    }

    QSqlQuery q = m_database.query();
    q.prepare(u"DELETE FROM categories WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    q.finish();
    return record(id, CatalogChange::Action::Deleted, CatalogChange::itemJson(*category));
}

Result<QList<qint64>> CategoryTable::orderedChildren(qint64 parentId, qint64 exceptId) const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT id FROM categories WHERE "_s + sameParent +
              u" AND id <> ? ORDER BY display_order, name"_s);
    q.addBindValue(parentId);
    q.addBindValue(exceptId);
    if (!q.exec())
        return Result<QList<qint64>>::failure(Database::errorText(q.lastError()));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Status CategoryTable::place(qint64 id, qint64 parentId, int position) const
{
    auto category = byId(id);
    if (!category)
        return Status::from(category);
    const Category before = *category;
    category.value().parentId = parentId;
    if (const Status valid = validate(*category); !valid)
        return valid;

    auto siblings = orderedChildren(parentId, id);
    if (!siblings)
        return Status::from(siblings);
    siblings.value().insert(qBound(0, position, int(siblings->size())), id);

    QSqlQuery q = m_database.query();
    q.prepare(u"UPDATE categories SET parent_id = ?, display_order = ?, updated_at = ? "
              "WHERE id = ?"_s);
    const QVariant now = SqlValue::time(QDateTime::currentDateTimeUtc());
    for (qsizetype i = 0; i < siblings->size(); ++i) {
        q.addBindValue(SqlValue::id(parentId));
        q.addBindValue(int(i + 1));
        q.addBindValue(now);
        q.addBindValue(siblings->at(i));
        if (!q.exec())
            return Status::failure(Database::errorText(q.lastError()));
    }
    q.finish();

    // Only the moved category's move is recorded, not its siblings' renumbering.
    Category after = before;
    after.parentId = parentId;
    after.displayOrder = int(siblings->indexOf(id) + 1);
    return record(
        id, CatalogChange::Action::Moved,
        CatalogChange::difference(CatalogChange::itemJson(before), CatalogChange::itemJson(after)));
}
