#include "NotificationDispatcher.h"

#include "Logging.h"
#include "MimeMessage.h"
#include "SmtpSender.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

NotificationDispatcher::NotificationDispatcher(const Database &database, MailSettings settings)
    : m_database(database)
    , m_settings(std::move(settings))
{}

std::chrono::minutes NotificationDispatcher::backOff(int attempts)
{
    // 1, 2, 4 … minutes, at most two hours apart.
    const int exponent = std::clamp(attempts - 1, 0, 7);
    return std::min(std::chrono::minutes(1 << exponent), std::chrono::minutes(120));
}

Result<NotificationDispatcher::Report> NotificationDispatcher::run(const QDateTime &now,
                                                                   int batchSize) const
{
    Report report;
    if (!m_settings.isConfigured())
        return report;
    for (;;) {
        const auto batch = claim(now, batchSize);
        if (!batch)
            return Result<Report>::failure(batch.error());
        for (const Claimed &notification : *batch) {
            const SmtpSender::Outcome outcome = [&] {
                if (notification.address.trimmed().isEmpty())
                    return SmtpSender::Outcome{false, true,
                                               tr("The recipient has no e-mail address.")};
                MimeMessage message;
                message.fromName = m_settings.senderName;
                message.fromAddress = m_settings.senderAddress;
                message.toName = notification.name;
                message.toAddress = notification.address;
                message.subject = notification.subject;
                message.body = notification.body;
                return SmtpSender(m_settings).send(notification.address, message.toBytes());
            }();
            const Status recorded =
                record(notification, outcome.sent, outcome.permanent, outcome.error, now);
            if (!recorded)
                return Result<Report>::failure(recorded.error());
            if (outcome.sent)
                ++report.sent;
            else if (outcome.permanent || notification.attempts + 1 >= maxAttempts)
                ++report.failed;
            else
                ++report.retried;
        }
        if (batch->size() < batchSize)
            break;
    }
    if (report.sent + report.retried + report.failed > 0)
        qCInfo(lcNotifications) << "mail:" << report.sent << "sent," << report.retried
                                << "to retry," << report.failed << "given up";
    return report;
}

Result<QList<NotificationDispatcher::Claimed>> NotificationDispatcher::claim(const QDateTime &now,
                                                                             int batchSize) const
{
    QList<qint64> ids;
    const Status claimed = Transaction::run(m_database, [&] {
        QSqlQuery q = m_database.query();
        q.prepare(u"UPDATE notifications SET next_attempt_at = ? WHERE id IN ("
                  "SELECT id FROM notifications WHERE sent_at IS NULL AND failed_at IS NULL "
                  "AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?"_s +
                  (m_database.isPostgres() ? u" FOR UPDATE SKIP LOCKED"_s : QString()) +
                  u") RETURNING id"_s);
        q.addBindValue(SqlValue::time(now.addDuration(lease)));
        q.addBindValue(SqlValue::time(now));
        q.addBindValue(batchSize);
        if (!q.exec())
            return Status::failure(Database::errorText(q.lastError()));
        while (q.next())
            ids.append(q.value(0).toLongLong());
        return Status();
    });
    if (!claimed)
        return Result<QList<Claimed>>::failure(claimed.error());
    return readClaimed(ids);
}

Result<QList<NotificationDispatcher::Claimed>>
NotificationDispatcher::readClaimed(const QList<qint64> &ids) const
{
    QList<Claimed> claimed;
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT n.id, n.subject, n.body, p.email, p.display_name, n.attempts "
              "FROM notifications n JOIN people p ON p.id = n.recipient_id WHERE n.id = ?"_s);
    for (const qint64 id : ids) {
        q.addBindValue(id);
        if (!q.exec())
            return Result<QList<Claimed>>::failure(Database::errorText(q.lastError()));
        if (q.next())
            claimed.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toString(), q.value(5).toInt()});
    }
    return claimed;
}

Status NotificationDispatcher::record(const Claimed &notification, bool sent, bool permanent,
                                      const QString &error, const QDateTime &now) const
{
    QSqlQuery q = m_database.query();
    if (sent) {
        q.prepare(u"UPDATE notifications SET sent_at = ?, attempts = attempts + 1, "
                  "last_error = '' WHERE id = ?"_s);
        q.addBindValue(SqlValue::time(now));
    } else {
        const int attempts = notification.attempts + 1;
        const bool giveUp = permanent || attempts >= maxAttempts;
        q.prepare(u"UPDATE notifications SET attempts = ?, last_error = ?, "
                  "next_attempt_at = ?, failed_at = ? WHERE id = ?"_s);
        q.addBindValue(attempts);
        q.addBindValue(error);
        q.addBindValue(SqlValue::time(now.addDuration(backOff(attempts))));
        q.addBindValue(SqlValue::time(giveUp ? now : QDateTime()));
        qCWarning(lcNotifications).noquote()
            << "notification" << notification.id << (giveUp ? "given up:" : "to retry:") << error;
    }
    q.addBindValue(notification.id);
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    return {};
}
