#pragma once

#include "SlaSchedule.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QDateTime>

class Database;
class QSqlQuery;

// The escalation clock, run periodically by `kaliaops worker` and, on
// SQLite, by the desktop program. Each open request that has crossed its
// warning, critical or breach instant gets one 'escalated' event per level
// crossed and one notification to its assignee, or to its fulfilment team's
// lead while nobody has taken it. Never twice: the level is raised with a
// guarded update before anything is written, and on PostgreSQL the rows are
// claimed with FOR UPDATE SKIP LOCKED, so workers running at once share the
// work instead of repeating it.
class SlaEscalator
{
    Q_DECLARE_TR_FUNCTIONS(SlaEscalator)

public:
    explicit SlaEscalator(const Database &database);

    // Escalates everything due at now, in batches of one transaction each;
    // the number of escalations raised.
    Result<int> run(const QDateTime &now, int batchSize = 200) const;

private:
    struct Candidate
    {
        qint64 id = 0;
        QString trackingNumber;
        QString serviceName;
        int level = 0;
        bool taken = false;
        qint64 recipientId = 0;
        SlaSchedule schedule;
    };

    Result<int> runBatch(const QDateTime &now, int batchSize, bool *more) const;
    Result<QList<Candidate>> claim(const QDateTime &now, int batchSize) const;
    Result<int> escalate(const Candidate &candidate, const QDateTime &now) const;
    Result<bool> raiseLevel(const Candidate &candidate, int level) const;
    Status recordEvent(const Candidate &candidate, int level) const;
    Status notify(const Candidate &candidate, int level) const;

    static QString levelKey(int level);
    static Candidate readCandidate(const QSqlQuery &q);

    const Database &m_database;
};
