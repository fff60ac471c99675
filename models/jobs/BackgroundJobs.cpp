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

Result<int> BackgroundJobs::runOnce(const QDateTime &now)
{
    const auto escalations = SlaEscalator(m_database).run(now);
    if (!escalations) {
        qCWarning(lcSla).noquote() << "escalation pass failed:" << escalations.error();
        emit passFailed(escalations.error());
        return escalations;
    }
    emit passFinished(*escalations);
    return escalations;
}
