#include "NotificationInbox.h"

#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

NotificationInbox::NotificationInbox(const Database &database, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database)
{}

void NotificationInbox::setRecipient(qint64 personId)
{
    m_recipient = personId;
    refresh();
}

Status NotificationInbox::refresh()
{
    const auto first = m_recipient > 0 ? page(0) : Result<QList<Item>>(QList<Item>());
    if (!first)
        return Status::from(first);
    // Nothing to fetch while the reset is in flight: views and testers ask.
    m_complete = true;
    beginResetModel();
    m_items = *first;
    endResetModel();
    m_complete = m_items.size() < pageSize;
    return countUnread();
}

Result<QList<NotificationInbox::Item>> NotificationInbox::page(int offset) const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT id, request_id, subject, body, created_at, read_at IS NOT NULL "
              "FROM notifications WHERE recipient_id = ? "
              "ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?"_s);
    q.addBindValue(m_recipient);
    q.addBindValue(pageSize);
    q.addBindValue(offset);
    if (!q.exec())
        return Result<QList<Item>>::failure(Database::errorText(q.lastError()));
    QList<Item> items;
    while (q.next())
        items.append({q.value(0).toLongLong(), SqlValue::toId(q.value(1)), q.value(2).toString(),
                      q.value(3).toString(), SqlValue::toTime(q.value(4)), q.value(5).toBool()});
    return items;
}

Status NotificationInbox::countUnread()
{
    int unread = 0;
    if (m_recipient > 0) {
        QSqlQuery q = m_database.query();
        q.prepare(u"SELECT COUNT(*) FROM notifications WHERE recipient_id = ? "
                  "AND read_at IS NULL"_s);
        q.addBindValue(m_recipient);
        if (!q.exec() || !q.next())
            return Status::failure(Database::errorText(q.lastError()));
        unread = q.value(0).toInt();
    }
    if (unread != m_unread) {
        m_unread = unread;
        emit unreadCountChanged(unread);
    }
    return {};
}

Status NotificationInbox::markRead(qint64 notificationId)
{
    QSqlQuery q = m_database.query();
    q.prepare(u"UPDATE notifications SET read_at = ? WHERE id = ? AND recipient_id = ? "
              "AND read_at IS NULL"_s);
    q.addBindValue(SqlValue::time(QDateTime::currentDateTimeUtc()));
    q.addBindValue(notificationId);
    q.addBindValue(m_recipient);
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == notificationId && !m_items.at(row).read) {
            m_items[row].read = true;
            emit dataChanged(index(row), index(row), {ReadRole});
        }
    }
    return countUnread();
}

Status NotificationInbox::markAllRead()
{
    QSqlQuery q = m_database.query();
    q.prepare(u"UPDATE notifications SET read_at = ? WHERE recipient_id = ? "
              "AND read_at IS NULL"_s);
    q.addBindValue(SqlValue::time(QDateTime::currentDateTimeUtc()));
    q.addBindValue(m_recipient);
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    for (Item &item : m_items)
        item.read = true;
    if (!m_items.isEmpty())
        emit dataChanged(index(0), index(int(m_items.size()) - 1), {ReadRole});
    return countUnread();
}

int NotificationInbox::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant NotificationInbox::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return u"%1\n%2"_s.arg(
            item.subject, QLocale().toString(item.created.toLocalTime(), QLocale::ShortFormat));
    case Qt::ToolTipRole:
    case BodyRole:
        return item.body;
    case SubjectRole:
        return item.subject;
    case CreatedRole:
        return item.created;
    case ReadRole:
        return item.read;
    case RequestIdRole:
        return item.requestId;
    case IdRole:
        return item.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> NotificationInbox::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{SubjectRole, "subject"},
                  {BodyRole, "body"},
                  {CreatedRole, "created"},
                  {ReadRole, "read"},
                  {RequestIdRole, "requestId"},
                  {IdRole, "notificationId"}});
    return names;
}

bool NotificationInbox::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
}

void NotificationInbox::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const auto more = page(int(m_items.size()));
    if (!more || more->isEmpty()) {
        m_complete = true;
        return;
    }
    // Views may ask for more while the rows go in; they get them next time.
    m_complete = true;
    beginInsertRows({}, int(m_items.size()), int(m_items.size() + more->size()) - 1);
    m_items.append(*more);
    endInsertRows();
    m_complete = more->size() < pageSize;
}
