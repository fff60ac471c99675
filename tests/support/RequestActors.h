#pragma once

#include "RequestFixture.h"
#include "requests/RequestWorkflow.h"

#include <map>
#include <memory>

// The people of a RequestFixture acting on requests, each with their own
// session and workflow, all at one clock the test moves forward.
class RequestActors
{
public:
    explicit RequestActors(RequestFixture &fixture);

    void setNow(const QDateTime &now) { m_now = now; }
    // Moves the clock on by minutes and returns the new time.
    QDateTime later(int minutes = 1);

    const Session &session(qint64 personId);
    RequestWorkflow &as(qint64 personId);
    // Submits as the person at the current time; 0 on failure.
    qint64 submitAs(qint64 personId, qint64 serviceId);
    qint64 submitAs(qint64 personId, const RequestSubmission &submission);

private:
    struct Actor
    {
        Session session;
        std::unique_ptr<RequestWorkflow> workflow;
    };
    Actor &actor(qint64 personId);

    RequestFixture &m_fixture;
    std::map<qint64, Actor> m_actors;
    QDateTime m_now;
};
