#include "CatalogHistory.h"

#include "people/Session.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

CatalogChange readChange(const QSqlQuery &q)
{
    CatalogChange change;
    change.id = q.value(0).toLongLong();
    change.kind =
        CatalogChange::kindFromKey(q.value(1).toString()).value_or(CatalogChange::Kind::Category);
    change.itemId = q.value(2).toLongLong();
    change.action = CatalogChange::actionFromKey(q.value(3).toString())
                        .value_or(CatalogChange::Action::Changed);
    change.actorId = SqlValue::toId(q.value(4));
    change.actorName = q.value(5).toString();
    change.changedAt = SqlValue::toTime(q.value(6));
    change.changes = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    return change;
}

} // namespace

CatalogHistory::CatalogHistory(const Database &database, const Session *session)
    : m_database(database)
    , m_session(session)
{}

Status CatalogHistory::record(CatalogChange::Kind kind, qint64 itemId, CatalogChange::Action action,
                              const QJsonObject &changes) const
{
    const bool signedIn = m_session && m_session->isSignedIn();
    const QString cast = m_database.isPostgres() ? u"CAST(? AS jsonb)"_s : u"?"_s;

    QSqlQuery q = m_database.query();
    q.prepare(u"INSERT INTO catalog_changes (item_kind, item_id, action, actor_id, actor_name, "
              "changed_at, changes) VALUES (?, ?, ?, ?, ?, ?, "_s +
              cast + u")"_s);
    q.addBindValue(CatalogChange::kindKey(kind));
    q.addBindValue(itemId);
    q.addBindValue(CatalogChange::actionKey(action));
    q.addBindValue(SqlValue::id(signedIn ? m_session->personId() : 0));
    q.addBindValue(signedIn ? m_session->actorName() : u"system"_s);
    q.addBindValue(SqlValue::time(QDateTime::currentDateTimeUtc()));
    q.addBindValue(QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    return {};
}

Result<qint64> CatalogHistory::unusedId(CatalogChange::Kind kind) const
{
    if (m_database.isPostgres())
        return qint64(0);
    const QString table = kind == CatalogChange::Kind::Category ? u"categories"_s : u"services"_s;
    QSqlQuery q = m_database.query();
    q.prepare(
        u"SELECT MAX(COALESCE((SELECT MAX(id) FROM %1), 0), "
        "COALESCE((SELECT MAX(item_id) FROM catalog_changes WHERE item_kind = ?), 0)) + 1"_s.arg(
            table));
    q.addBindValue(CatalogChange::kindKey(kind));
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(Database::errorText(q.lastError()));
    return q.value(0).toLongLong();
}

Result<QList<CatalogChange>> CatalogHistory::forItem(CatalogChange::Kind kind, qint64 itemId) const
{
    using R = Result<QList<CatalogChange>>;
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT id, item_kind, item_id, action, actor_id, actor_name, changed_at, "
              "CAST(changes AS TEXT) FROM catalog_changes WHERE item_kind = ? AND item_id = ? "
              "ORDER BY changed_at, id"_s);
    q.addBindValue(CatalogChange::kindKey(kind));
    q.addBindValue(itemId);
    if (!q.exec())
        return R::failure(Database::errorText(q.lastError()));
    QList<CatalogChange> changes;
    while (q.next())
        changes.append(readChange(q));
    return changes;
}
