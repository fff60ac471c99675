#pragma once

#include "notifications/MailSettings.h"
#include "notifications/NotificationDispatcher.h"
#include "storage/Result.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <chrono>

class Database;

// The periodic work of KaliaOps: the SLA escalation clock and the delivery
// of the notification outbox by e-mail. `kaliaops worker` runs it for a
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

    // Where mails leave; without a configured server the outbox waits.
    void setMailSettings(const MailSettings &settings) { m_mail = settings; }

    struct Pass
    {
        int escalations = 0;
        NotificationDispatcher::Report mail;
    };
    // One pass of every job. A job that fails does not stop the others; the
    // first failure is returned.
    Result<Pass> runOnce(const QDateTime &now = QDateTime::currentDateTimeUtc());

signals:
    void passFinished(const BackgroundJobs::Pass &pass);
    void passFailed(const QString &message);

private:
    const Database &m_database;
    MailSettings m_mail;
    QTimer m_timer;
};
