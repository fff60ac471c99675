#pragma once

#include "storage/Result.h"

#include <QAbstractListModel>
#include <QDateTime>

class Database;

// The signed-in person's notifications inside the program, newest first,
// with the unread count the window shows. Rows are fetched a page at a
// time, so a long history costs nothing until it is scrolled.
class NotificationInbox : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        SubjectRole = Qt::UserRole + 1, // QString
        BodyRole,                       // QString
        CreatedRole,                    // QDateTime, UTC
        ReadRole,                       // bool
        RequestIdRole,                  // qint64, 0 when about no request
        IdRole,                         // qint64
    };
    static constexpr int pageSize = 50;

    explicit NotificationInbox(const Database &database, QObject *parent = nullptr);

    // Whose inbox; 0 empties it.
    void setRecipient(qint64 personId);
    qint64 recipient() const { return m_recipient; }
    // Reads the first page and the unread count again.
    Status refresh();
    int unreadCount() const { return m_unread; }

    Status markRead(qint64 notificationId);
    Status markAllRead();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void unreadCountChanged(int count);

private:
    struct Item
    {
        qint64 id = 0;
        qint64 requestId = 0;
        QString subject;
        QString body;
        QDateTime created;
        bool read = false;
    };

    Result<QList<Item>> page(int offset) const;
    Status countUnread();

    const Database &m_database;
    qint64 m_recipient = 0;
    QList<Item> m_items;
    bool m_complete = true;
    int m_unread = 0;
};
