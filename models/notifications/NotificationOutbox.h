#pragma once

#include "NotificationEvent.h"
#include "storage/Result.h"

#include <QDateTime>

class Database;

// Writes notifications into the outbox (the notifications table) inside the
// caller's transaction, so that a notification exists exactly when its event
// does; the dispatcher delivers them later, and the program lists them for
// their recipient. Each is worded in its recipient's language.
class NotificationOutbox
{
public:
    explicit NotificationOutbox(const Database &database);

    Status notify(qint64 recipientId, qint64 requestId, NotificationEvent event,
                  const NotificationFacts &facts,
                  const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // The same notification to every active catalog admin but one person
    // (the requester never approves their own request).
    Status notifyCatalogAdmins(qint64 exceptId, qint64 requestId, NotificationEvent event,
                               const NotificationFacts &facts, const QDateTime &now) const;

private:
    Result<QString> languageOf(qint64 personId) const;

    const Database &m_database;
};
