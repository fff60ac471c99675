#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

class Database;

// The notifications the dispatcher gave up on, for administrators: to whom,
// about what, after how many attempts and why; and a way to send them again
// once the cause is fixed (a wrong address, a mail server refusing).
class UndeliveredMail
{
    Q_DECLARE_TR_FUNCTIONS(UndeliveredMail)

public:
    struct Item
    {
        qint64 id = 0;
        QString recipient; // name and address
        QString subject;
        int attempts = 0;
        QString lastError;
        QDateTime failedAt;
    };

    explicit UndeliveredMail(const Database &database);

    // Newest failures first, at most limit of them.
    Result<QList<Item>> list(int limit = 500) const;
    int count() const;
    // Puts the notifications back in the outbox for the next pass.
    Status retry(const QList<qint64> &ids, const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    const Database &m_database;
};
