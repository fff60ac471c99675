#include "UndeliveredMail.h"

#include "storage/Database.h"
#include "storage/SqlValue.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

UndeliveredMail::UndeliveredMail(const Database &database)
    : m_database(database)
{}

Result<QList<UndeliveredMail::Item>> UndeliveredMail::list(int limit) const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT n.id, p.display_name, p.email, n.subject, n.attempts, n.last_error, "
              "n.failed_at FROM notifications n JOIN people p ON p.id = n.recipient_id "
              "WHERE n.failed_at IS NOT NULL ORDER BY n.failed_at DESC, n.id DESC LIMIT ?"_s);
    q.addBindValue(limit);
    if (!q.exec())
        return Result<QList<Item>>::failure(Database::errorText(q.lastError()));
    QList<Item> items;
    while (q.next()) {
        const QString address = q.value(2).toString();
        const QString recipient = address.isEmpty()
                                      ? tr("%1 (no e-mail address)").arg(q.value(1).toString())
                                      : tr("%1 <%2>").arg(q.value(1).toString(), address);
        items.append({q.value(0).toLongLong(), recipient, q.value(3).toString(), q.value(4).toInt(),
                      q.value(5).toString(), SqlValue::toTime(q.value(6))});
    }
    return items;
}

int UndeliveredMail::count() const
{
    QSqlQuery q = m_database.query();
    if (!q.exec(u"SELECT COUNT(*) FROM notifications WHERE failed_at IS NOT NULL"_s) || !q.next())
        return 0;
    return q.value(0).toInt();
}

Status UndeliveredMail::retry(const QList<qint64> &ids, const QDateTime &now)
{
    return Transaction::run(m_database, [&] {
        QSqlQuery q = m_database.query();
        q.prepare(u"UPDATE notifications SET failed_at = NULL, attempts = 0, "
                  "next_attempt_at = ? WHERE id = ? AND failed_at IS NOT NULL"_s);
        for (const qint64 id : ids) {
            q.addBindValue(SqlValue::time(now));
            q.addBindValue(id);
            if (!q.exec())
                return Status::failure(Database::errorText(q.lastError()));
        }
        return Status();
    });
}
