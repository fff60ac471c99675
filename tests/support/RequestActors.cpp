#include "RequestActors.h"

#include <QTest>

RequestActors::RequestActors(RequestFixture &fixture)
    : m_fixture(fixture)
    , m_now(RequestFixture::at(QStringLiteral("2026-06-15T10:00:00+02:00")))
{}

QDateTime RequestActors::later(int minutes)
{
    m_now = m_now.addSecs(60 * minutes);
    return m_now;
}

RequestActors::Actor &RequestActors::actor(qint64 personId)
{
    Actor &actor = m_actors[personId];
    if (!actor.workflow) {
        actor.session = m_fixture.sessionOf(personId);
        actor.workflow = std::make_unique<RequestWorkflow>(m_fixture.database());
        actor.workflow->setSession(&actor.session);
        actor.workflow->setClock([this] { return m_now; });
    }
    return actor;
}

const Session &RequestActors::session(qint64 personId)
{
    return actor(personId).session;
}

RequestWorkflow &RequestActors::as(qint64 personId)
{
    return *actor(personId).workflow;
}

qint64 RequestActors::submitAs(qint64 personId, qint64 serviceId)
{
    return submitAs(personId, RequestSubmission{serviceId, {}, {}});
}

qint64 RequestActors::submitAs(qint64 personId, const RequestSubmission &submission)
{
    RequestStore &store = m_fixture.requests();
    store.setSession(&session(personId));
    m_fixture.setNow(m_now);
    const auto created = store.submit(submission);
    store.setSession(&m_fixture.session());
    if (!created)
        qWarning("submission refused: %s", qPrintable(created.error()));
    return created ? created->id : 0;
}
