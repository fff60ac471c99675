#include "SlaClock.h"

#include "BusinessCalendar.h"
#include "CalendarTable.h"
#include "DelayEstimate.h"
#include "SlaPolicyTable.h"
#include "catalog/ServiceTable.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString scheduleColumns =
    u"clock_started_at, warning_percent, critical_percent, "
    "response_target_minutes, response_warning_at, response_critical_at, response_due_at, "
    "resolution_target_minutes, resolution_warning_at, resolution_critical_at, "
    "resolution_due_at"_s;

SlaSchedule::Clock readClock(const QSqlQuery &q, int first)
{
    return {q.value(first).toInt(), SqlValue::toTime(q.value(first + 1)),
            SqlValue::toTime(q.value(first + 2)), SqlValue::toTime(q.value(first + 3))};
}

} // namespace

SlaClock::SlaClock(const Database &database)
    : m_database(database)
{}

Result<SlaClock::RequestClock> SlaClock::read(qint64 requestId) const
{
    using R = Result<RequestClock>;
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT service_id, priority, sla_policy_id, clock_started_at, taken_at, "
              "status IN ('done', 'rejected', 'cancelled'), escalation_level "
              "FROM service_requests WHERE id = ?"_s);
    q.addBindValue(requestId);
    if (!q.exec())
        return R::failure(Database::errorText(q.lastError()));
    if (!q.next())
        return R::failure(tr("Request #%1 does not exist.").arg(requestId));
    RequestClock request;
    request.serviceId = q.value(0).toLongLong();
    request.priority = Priority::fromKey(q.value(1).toString()).value_or(Priority::Level::Normal);
    request.policyId = SqlValue::toId(q.value(2));
    request.startedAt = SqlValue::toTime(q.value(3));
    request.taken = !q.value(4).isNull();
    request.open = !q.value(5).toBool();
    request.escalationLevel = q.value(6).toInt();
    return request;
}

Status SlaClock::start(qint64 requestId, const QDateTime &at) const
{
    const auto request = read(requestId);
    if (!request)
        return Status::from(request);
    const auto service = ServiceTable(m_database).byId(request->serviceId);
    if (!service)
        return Status::from(service);
    if (service->slaPolicyId <= 0)
        return writeEstimate(requestId, *service, at);
    return compute(requestId, service->slaPolicyId, request->priority, at, *request);
}

Status SlaClock::setPriority(qint64 requestId, Priority::Level priority) const
{
    const auto request = read(requestId);
    if (!request)
        return Status::from(request);
    QSqlQuery q = m_database.query();
    q.prepare(u"UPDATE service_requests SET priority = ? WHERE id = ?"_s);
    q.addBindValue(Priority::key(priority));
    q.addBindValue(requestId);
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    q.finish();
    // Before its clock starts, or without policy, a priority moves no date.
    if (!request->startedAt.isValid() || request->policyId <= 0)
        return {};
    return compute(requestId, request->policyId, priority, request->startedAt, *request);
}

Status SlaClock::compute(qint64 requestId, qint64 policyId, Priority::Level priority,
                         const QDateTime &start, const RequestClock &request) const
{
    const auto policy = SlaPolicyTable(m_database).byId(policyId);
    if (!policy)
        return Status::from(policy);
    const auto calendar = CalendarTable(m_database).byId(policy->calendarId);
    if (!calendar)
        return Status::from(calendar);
    const auto schedule = SlaSchedule::compute(*policy, *calendar, priority, start);
    if (!schedule)
        return Status::failure(tr("The calendar \"%1\" has no working time: the due dates of "
                                  "\"%2\" cannot be counted.")
                                   .arg(calendar->name(), policy->name));
    const QDateTime next = request.open
                               ? schedule->nextEscalationAt(request.escalationLevel, request.taken)
                               : QDateTime();
    return writeSchedule(requestId, policyId, *schedule, next);
}

Status SlaClock::writeSchedule(qint64 requestId, qint64 policyId, const SlaSchedule &schedule,
                               const QDateTime &nextEscalation) const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"UPDATE service_requests SET sla_policy_id = ?, clock_started_at = ?, "
              "warning_percent = ?, critical_percent = ?, response_target_minutes = ?, "
              "response_warning_at = ?, response_critical_at = ?, response_due_at = ?, "
              "resolution_target_minutes = ?, resolution_warning_at = ?, "
              "resolution_critical_at = ?, resolution_due_at = ?, expected_at = NULL, "
              "next_escalation_at = ? WHERE id = ?"_s);
    q.addBindValue(policyId);
    q.addBindValue(SqlValue::time(schedule.startedAt));
    q.addBindValue(schedule.warningPercent);
    q.addBindValue(schedule.criticalPercent);
    for (const SlaSchedule::Clock *clock : {&schedule.response, &schedule.resolution}) {
        q.addBindValue(clock->targetMinutes);
        q.addBindValue(SqlValue::time(clock->warningAt));
        q.addBindValue(SqlValue::time(clock->criticalAt));
        q.addBindValue(SqlValue::time(clock->dueAt));
    }
    q.addBindValue(SqlValue::time(nextEscalation));
    q.addBindValue(requestId);
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    return {};
}

Status SlaClock::writeEstimate(qint64 requestId, const Service &service,
                               const QDateTime &start) const
{
    const auto calendar = defaultCalendar();
    if (!calendar)
        return Status::from(calendar);

    QSqlQuery q = m_database.query();
    q.prepare(u"UPDATE service_requests SET clock_started_at = ?, expected_at = ? "
              "WHERE id = ?"_s);
    q.addBindValue(SqlValue::time(start));
    q.addBindValue(SqlValue::time(DelayEstimate::expectedAt(
        service.estimatedDelayAmount, service.estimatedDelayUnit, *calendar, start)));
    q.addBindValue(requestId);
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    return {};
}

// Estimates count in "Office hours" while it exists, else in the first
// calendar: an administrator may have renamed it.
Result<BusinessCalendar> SlaClock::defaultCalendar() const
{
    const CalendarTable calendars(m_database);
    if (auto office = calendars.byName(BusinessCalendar::officeHoursName()))
        return office;
    const auto all = calendars.all();
    if (!all)
        return Result<BusinessCalendar>::failure(all.error());
    if (all->isEmpty())
        return Result<BusinessCalendar>::failure(
            tr("No calendar exists to count the estimated delay in."));
    return all->constFirst();
}

Status SlaClock::refreshEscalation(qint64 requestId) const
{
    const auto request = read(requestId);
    if (!request)
        return Status::from(request);
    const auto stored = schedule(requestId);
    if (!stored)
        return Status::from(stored);
    QDateTime next;
    if (request->open && stored->has_value())
        next = (*stored)->nextEscalationAt(request->escalationLevel, request->taken);

    QSqlQuery q = m_database.query();
    q.prepare(u"UPDATE service_requests SET next_escalation_at = ? WHERE id = ?"_s);
    q.addBindValue(SqlValue::time(next));
    q.addBindValue(requestId);
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    return {};
}

Result<std::optional<SlaSchedule>> SlaClock::schedule(qint64 requestId) const
{
    using R = Result<std::optional<SlaSchedule>>;
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT sla_policy_id, "_s + scheduleColumns +
              u" FROM service_requests WHERE id = ?"_s);
    q.addBindValue(requestId);
    if (!q.exec())
        return R::failure(Database::errorText(q.lastError()));
    if (!q.next())
        return R::failure(tr("Request #%1 does not exist.").arg(requestId));
    // The dates stay when the policy is deleted later: they are the record.
    if (q.value(1).isNull() || q.value(11).isNull())
        return std::optional<SlaSchedule>();
    SlaSchedule schedule;
    schedule.startedAt = SqlValue::toTime(q.value(1));
    schedule.warningPercent = q.value(2).toInt();
    schedule.criticalPercent = q.value(3).toInt();
    schedule.response = readClock(q, 4);
    schedule.resolution = readClock(q, 8);
    return std::optional<SlaSchedule>(schedule);
}
