#include "SlaEscalator.h"

#include "Logging.h"
#include "notifications/NotificationOutbox.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

SlaEscalator::SlaEscalator(const Database &database)
    : m_database(database)
{}

Result<int> SlaEscalator::run(const QDateTime &now, int batchSize) const
{
    int raised = 0;
    bool more = true;
    while (more) {
        const auto batch =
            Transaction::run<int>(m_database, [&] { return runBatch(now, batchSize, &more); });
        if (!batch)
            return batch;
        raised += *batch;
    }
    if (raised > 0)
        qCInfo(lcSla) << "raised" << raised << "escalation(s)";
    return raised;
}

Result<int> SlaEscalator::runBatch(const QDateTime &now, int batchSize, bool *more) const
{
    const auto candidates = claim(now, batchSize);
    if (!candidates)
        return Result<int>::failure(candidates.error());
    *more = candidates->size() == batchSize;
    int raised = 0;
    for (const Candidate &candidate : *candidates) {
        const auto escalated = escalate(candidate, now);
        if (!escalated)
            return escalated;
        raised += *escalated;
    }
    return raised;
}

Result<QList<SlaEscalator::Candidate>> SlaEscalator::claim(const QDateTime &now,
                                                           int batchSize) const
{
    using R = Result<QList<Candidate>>;
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT r.id, r.tracking_number, s.name, r.escalation_level, "
              "r.taken_at IS NOT NULL, COALESCE(r.assignee_id, t.lead_id), r.clock_started_at, "
              "r.response_warning_at, r.response_critical_at, r.response_due_at, "
              "r.resolution_warning_at, r.resolution_critical_at, r.resolution_due_at "
              "FROM service_requests r JOIN services s ON s.id = r.service_id "
              "LEFT JOIN teams t ON t.id = s.fulfilment_team_id "
              "WHERE r.next_escalation_at <= ? "
              "AND r.status IN ('new', 'approved', 'in_progress') "
              "ORDER BY r.next_escalation_at LIMIT ?"_s +
              (m_database.isPostgres() ? u" FOR UPDATE OF r SKIP LOCKED"_s : QString()));
    q.addBindValue(SqlValue::time(now));
    q.addBindValue(batchSize);
    if (!q.exec())
        return R::failure(Database::errorText(q.lastError()));
    QList<Candidate> candidates;
    while (q.next())
        candidates.append(readCandidate(q));
    return candidates;
}

SlaEscalator::Candidate SlaEscalator::readCandidate(const QSqlQuery &q)
{
    Candidate c;
    c.id = q.value(0).toLongLong();
    c.trackingNumber = q.value(1).toString();
    c.serviceName = q.value(2).toString();
    c.level = q.value(3).toInt();
    c.taken = q.value(4).toBool();
    c.recipientId = SqlValue::toId(q.value(5));
    c.schedule.startedAt = SqlValue::toTime(q.value(6));
    c.schedule.response = {0, SqlValue::toTime(q.value(7)), SqlValue::toTime(q.value(8)),
                           SqlValue::toTime(q.value(9))};
    c.schedule.resolution = {0, SqlValue::toTime(q.value(10)), SqlValue::toTime(q.value(11)),
                             SqlValue::toTime(q.value(12))};
    return c;
}

Result<int> SlaEscalator::escalate(const Candidate &candidate, const QDateTime &now) const
{
    const int level = std::max(candidate.level, candidate.schedule.levelAt(now, candidate.taken));
    const auto raised = raiseLevel(candidate, level);
    if (!raised)
        return Result<int>::failure(raised.error());
    if (!*raised)
        return 0; // another worker got there first
    for (int crossed = candidate.level + 1; crossed <= level; ++crossed) {
        if (const Status recorded = recordEvent(candidate, crossed); !recorded)
            return Result<int>::failure(recorded.error());
        if (const Status notified = notify(candidate, crossed); !notified)
            return Result<int>::failure(notified.error());
    }
    return level - candidate.level;
}

// The guard: only the worker that still sees the level it read raises it.
Result<bool> SlaEscalator::raiseLevel(const Candidate &candidate, int level) const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"UPDATE service_requests SET escalation_level = ?, next_escalation_at = ? "
              "WHERE id = ? AND escalation_level = ?"_s);
    q.addBindValue(level);
    q.addBindValue(SqlValue::time(candidate.schedule.nextEscalationAt(level, candidate.taken)));
    q.addBindValue(candidate.id);
    q.addBindValue(candidate.level);
    if (!q.exec())
        return Result<bool>::failure(Database::errorText(q.lastError()));
    return q.numRowsAffected() == 1;
}

QString SlaEscalator::levelKey(int level)
{
    switch (level) {
    case SlaSchedule::Warning:
        return u"warning"_s;
    case SlaSchedule::Critical:
        return u"critical"_s;
    default:
        return u"breached"_s;
    }
}

Status SlaEscalator::recordEvent(const Candidate &candidate, int level) const
{
    const QJsonObject detail{{u"level"_s, levelKey(level)}};
    QSqlQuery q = m_database.query();
    q.prepare(u"INSERT INTO request_events (request_id, kind, detail) "
              "VALUES (?, 'escalated', ?)"_s);
    q.addBindValue(candidate.id);
    q.addBindValue(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    return {};
}

Status SlaEscalator::notify(const Candidate &candidate, int level) const
{
    if (candidate.recipientId <= 0) {
        qCWarning(lcSla).noquote() << candidate.trackingNumber
                                   << "escalated with nobody to tell: no assignee, no team lead";
        return {};
    }
    const NotificationEvent event = level == SlaSchedule::Breached ? NotificationEvent::SlaBreached
                                    : level == SlaSchedule::Critical
                                        ? NotificationEvent::SlaCritical
                                        : NotificationEvent::SlaWarning;
    // The due date of the clock that escalated: the response's while the
    // request waits to be taken and that clock is the one past its mark.
    const bool response = !candidate.taken && candidate.schedule.response.dueAt.isValid() &&
                          candidate.schedule.response.dueAt < candidate.schedule.resolution.dueAt;
    const QDateTime due =
        response ? candidate.schedule.response.dueAt : candidate.schedule.resolution.dueAt;
    const NotificationFacts facts{candidate.trackingNumber,
                                  candidate.serviceName,
                                  {},
                                  {},
                                  QLocale().toString(due.toLocalTime(), QLocale::ShortFormat)};
    return NotificationOutbox(m_database).notify(candidate.recipientId, candidate.id, event, facts);
}
