#pragma once

#include "SlaSchedule.h"
#include "requests/Priority.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

class BusinessCalendar;
class Database;
class Service;

// Starts and adjusts the SLA clock of requests, inside the caller's
// transaction. The clock starts when a request is ready for IT work (at
// submission, or at approval when approval is required): the service's
// policy targets for the request's priority, the due dates and thresholds
// are stored on the request then, so a later policy edit changes new
// requests only. A service without policy gets the expected date of its
// estimate instead.
class SlaClock
{
    Q_DECLARE_TR_FUNCTIONS(SlaClock)

public:
    explicit SlaClock(const Database &database);

    Status start(qint64 requestId, const QDateTime &at) const;
    // Changes the priority and, when the clock runs, computes the due dates
    // again from the same clock start with the policy's current targets.
    Status setPriority(qint64 requestId, Priority::Level priority) const;
    // When the escalation worker next has something to do for the request:
    // call after it is taken, done, cancelled or escalated.
    Status refreshEscalation(qint64 requestId) const;

    // What is stored on the request; nothing before its clock starts or
    // without policy.
    Result<std::optional<SlaSchedule>> schedule(qint64 requestId) const;

private:
    struct RequestClock
    {
        qint64 serviceId = 0;
        Priority::Level priority = Priority::Level::Normal;
        qint64 policyId = 0; // stored at clock start
        QDateTime startedAt;
        bool taken = false;
        bool open = true;
        int escalationLevel = 0;
    };

    Result<RequestClock> read(qint64 requestId) const;
    Status compute(qint64 requestId, qint64 policyId, Priority::Level priority,
                   const QDateTime &start, const RequestClock &request) const;
    Status writeSchedule(qint64 requestId, qint64 policyId, const SlaSchedule &schedule,
                         const QDateTime &nextEscalation) const;
    Status writeEstimate(qint64 requestId, const Service &service, const QDateTime &start) const;
    Result<BusinessCalendar> defaultCalendar() const;

    const Database &m_database;
};
