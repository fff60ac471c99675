#include "BackgroundJobs.h"

#include "Logging.h"
#include "sla/SlaEscalator.h"

BackgroundJobs::BackgroundJobs(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { runOnce(); });
}

void BackgroundJobs::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
    runOnce();
}

void BackgroundJobs::stop()
{
    m_timer.stop();
}

Result<BackgroundJobs::Pass> BackgroundJobs::runOnce(const QDateTime &now)
{
    Pass pass;
    QString failure;
    // Escalations first: the mails they write leave in the same pass.
    if (const auto escalations = SlaEscalator(m_database).run(now))
        pass.escalations = *escalations;
    else
        failure = escalations.error();
    if (const auto mail = NotificationDispatcher(m_database, m_mail).run(now))
        pass.mail = *mail;
    else if (failure.isEmpty())
        failure = mail.error();

    if (!failure.isEmpty()) {
        qCWarning(lcApp).noquote() << "background pass failed:" << failure;
        emit passFailed(failure);
        return Result<Pass>::failure(failure);
    }
    emit passFinished(pass);
    return pass;
}
