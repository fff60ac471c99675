#pragma once

#include "storage/Result.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <chrono>

class Database;

// The periodic work of KaliaOps: the SLA escalation clock (and, with the
// notifications, the outbox dispatcher). `kaliaops worker` runs it for a
// team's server; in SQLite mode the desktop program runs it itself. A pass
// that fails is reported and retried at the next tick.
class BackgroundJobs : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds defaultInterval{60};

    explicit BackgroundJobs(const Database &database, QObject *parent = nullptr);

    // Runs a pass at once, then one every interval.
    void start(std::chrono::milliseconds interval = defaultInterval);
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

    // One pass of every job; the number of escalations raised.
    Result<int> runOnce(const QDateTime &now = QDateTime::currentDateTimeUtc());

signals:
    void passFinished(int escalations);
    void passFailed(const QString &message);

private:
    const Database &m_database;
    QTimer m_timer;
};
