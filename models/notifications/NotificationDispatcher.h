#pragma once

#include "MailSettings.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <chrono>

class Database;

// Delivers the outbox by e-mail. Each pass claims a batch of due rows in a
// short transaction (FOR UPDATE SKIP LOCKED on PostgreSQL, so dispatchers
// running at once never claim the same row) by moving their next attempt a
// lease ahead, sends them outside any transaction, and records the outcome:
// sent; or tried again later with a growing back-off; or given up after
// maxAttempts or a permanent refusal, kept for administrators to see.
// Nothing is lost while the mail server is down.
class NotificationDispatcher
{
    Q_DECLARE_TR_FUNCTIONS(NotificationDispatcher)

public:
    static constexpr int maxAttempts = 8;
    static constexpr std::chrono::minutes lease{5};

    struct Report
    {
        int sent = 0;
        int retried = 0;
        int failed = 0;

        bool operator==(const Report &) const = default;
    };

    NotificationDispatcher(const Database &database, MailSettings settings);

    Result<Report> run(const QDateTime &now = QDateTime::currentDateTimeUtc(),
                       int batchSize = 50) const;

    // How long after the given failed attempt (1 for the first) to try again.
    static std::chrono::minutes backOff(int attempts);

private:
    struct Claimed
    {
        qint64 id = 0;
        QString subject;
        QString body;
        QString address;
        QString name;
        int attempts = 0;
    };

    Result<QList<Claimed>> claim(const QDateTime &now, int batchSize) const;
    Result<QList<Claimed>> readClaimed(const QList<qint64> &ids) const;
    Status record(const Claimed &notification, bool sent, bool permanent, const QString &error,
                  const QDateTime &now) const;

    const Database &m_database;
    MailSettings m_settings;
};
