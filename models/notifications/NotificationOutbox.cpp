#include "NotificationOutbox.h"

#include "NotificationText.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

NotificationOutbox::NotificationOutbox(const Database &database)
    : m_database(database)
{}

Result<QString> NotificationOutbox::languageOf(qint64 personId) const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT language FROM people WHERE id = ?"_s);
    q.addBindValue(personId);
    if (!q.exec())
        return Result<QString>::failure(Database::errorText(q.lastError()));
    return q.next() ? q.value(0).toString() : QString();
}

Status NotificationOutbox::notify(qint64 recipientId, qint64 requestId, NotificationEvent event,
                                  const NotificationFacts &facts, const QDateTime &now) const
{
    const auto language = languageOf(recipientId);
    if (!language)
        return Status::from(language);
    const NotificationText::Message message = NotificationText::compose(event, facts, *language);

    QSqlQuery q = m_database.query();
    q.prepare(u"INSERT INTO notifications (recipient_id, request_id, event, subject, body, "
              "created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(recipientId);
    q.addBindValue(SqlValue::id(requestId));
    q.addBindValue(NotificationText::eventKey(event));
    q.addBindValue(message.subject);
    q.addBindValue(message.body);
    q.addBindValue(SqlValue::time(now));
    q.addBindValue(SqlValue::time(now));
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    return {};
}

Status NotificationOutbox::notifyCatalogAdmins(qint64 exceptId, qint64 requestId,
                                               NotificationEvent event,
                                               const NotificationFacts &facts,
                                               const QDateTime &now) const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT p.id FROM people p JOIN person_roles r ON r.person_id = p.id "
              "WHERE r.role = 'catalog_admin' AND p.active AND p.id <> ? ORDER BY p.id"_s);
    q.addBindValue(exceptId);
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    QList<qint64> admins;
    while (q.next())
        admins.append(q.value(0).toLongLong());
    q.finish();
    for (const qint64 admin : std::as_const(admins)) {
        if (const Status sent = notify(admin, requestId, event, facts, now); !sent)
            return sent;
    }
    return {};
}
