#include "RequestFixture.h"
#include "sla/SlaClock.h"
#include "sla/SlaEscalator.h"
#include "storage/SqlValue.h"

#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

QDateTime at(const QString &iso)
{
    return RequestFixture::at(iso);
}

// Monday 15 June 2026, 17:00 in Paris. Normal priority: response warning
// Tue 10:00, critical 11:12, due 12:00; resolution warning Tue 16:00,
// critical Wed 11:48, due Wed 15:00.
const QString mondayEvening = u"2026-06-15T17:00:00+02:00"_s;

} // namespace

// The escalation clock: one event and one notification per level crossed,
// to the assignee or the team lead, never twice; on every backend, and
// with two workers racing on PostgreSQL.
class SlaEscalatorTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void escalatesEachLevelOnce_data() { TestDatabase::addBackendColumn(); }
    void escalatesEachLevelOnce();
    void tellsTheAssigneeOnceTaken_data() { TestDatabase::addBackendColumn(); }
    void tellsTheAssigneeOnceTaken();
    void leavesClosedAndEstimatedRequestsAlone_data() { TestDatabase::addBackendColumn(); }
    void leavesClosedAndEstimatedRequestsAlone();
    void racingWorkersEscalateOnce();

private:
    qint64 events(qint64 request = 0) const;
    qint64 notificationsTo(qint64 person) const;

    std::unique_ptr<RequestFixture> m_fixture;
    qint64 m_lead = 0;
    qint64 m_service = 0;
};

void SlaEscalatorTest::init()
{
    QString backend = u"postgresql"_s;
    if (QTest::currentDataTag())
        backend = QString::fromLatin1(QTest::currentDataTag());
    else if (!TestDatabase::postgresAvailable())
        QSKIP("Two workers race on PostgreSQL only: KALIAOPS_TEST_PG is not set.");
    m_fixture = std::make_unique<RequestFixture>(backend);
    QVERIFY(m_fixture->ok());
    m_lead = m_fixture->createPerson(u"lead"_s, Person::Role::Technician);
    const qint64 team = m_fixture->createTeam(u"Service desk"_s, m_lead);
    m_service = m_fixture->createService(u"Repair"_s, m_fixture->policyId(), false, 0,
                                         Service::DelayUnit::Days, team);
    QVERIFY(m_lead > 0 && team > 0 && m_service > 0);
}

void SlaEscalatorTest::cleanup()
{
    m_fixture.reset();
}

qint64 SlaEscalatorTest::events(qint64 request) const
{
    if (request > 0)
        return m_fixture->number(u"SELECT COUNT(*) FROM request_events "
                                 "WHERE kind = 'escalated' AND request_id = ?"_s,
                                 {request});
    return m_fixture->number(u"SELECT COUNT(*) FROM request_events WHERE kind = 'escalated'"_s);
}

qint64 SlaEscalatorTest::notificationsTo(qint64 person) const
{
    return m_fixture->number(u"SELECT COUNT(*) FROM notifications WHERE recipient_id = ?"_s,
                             {person});
}

void SlaEscalatorTest::escalatesEachLevelOnce()
{
    const qint64 request = m_fixture->submit(m_service, at(mondayEvening));
    const SlaEscalator escalator(m_fixture->database());

    QCOMPARE(*escalator.run(at(u"2026-06-16T09:59:00+02:00"_s)), 0);
    QCOMPARE(*escalator.run(at(u"2026-06-16T10:00:00+02:00"_s)), 1); // response warning
    QCOMPARE(*escalator.run(at(u"2026-06-16T10:30:00+02:00"_s)), 0);
    QCOMPARE(events(request), 1);
    QCOMPARE(notificationsTo(m_lead), 1);
    QCOMPARE(m_fixture->number(u"SELECT COUNT(*) FROM notifications WHERE event = 'sla_warning' "
                               "AND subject LIKE '%REQ-%'"_s),
             1);

    // A worker that was down overnight catches up: critical and breach, one
    // each.
    QCOMPARE(*escalator.run(at(u"2026-06-17T08:00:00+02:00"_s)), 2);
    QCOMPARE(*escalator.run(at(u"2026-06-18T08:00:00+02:00"_s)), 0);
    QCOMPARE(events(request), 3);
    QCOMPARE(notificationsTo(m_lead), 3);
    QCOMPARE(m_fixture->number(u"SELECT escalation_level FROM service_requests"_s), 3);
    QCOMPARE(m_fixture->number(
                 u"SELECT COUNT(*) FROM service_requests WHERE next_escalation_at IS NULL"_s),
             1);
}

void SlaEscalatorTest::tellsTheAssigneeOnceTaken()
{
    const qint64 request = m_fixture->submit(m_service, at(mondayEvening));
    const qint64 technician = m_fixture->createPerson(u"ana"_s, Person::Role::Technician);
    // Taken in time on Tuesday at 09:30: the response clock stops.
    QVERIFY(
        m_fixture->exec(u"UPDATE service_requests SET status = 'in_progress', "
                        "assignee_id = ?, taken_at = ? WHERE id = ?"_s,
                        {technician, SqlValue::time(at(u"2026-06-16T09:30:00+02:00"_s)), request}));
    QVERIFY(SlaClock(m_fixture->database()).refreshEscalation(request));

    const SlaEscalator escalator(m_fixture->database());
    QCOMPARE(*escalator.run(at(u"2026-06-16T12:30:00+02:00"_s)), 0); // response past, not counted
    QCOMPARE(*escalator.run(at(u"2026-06-16T16:00:00+02:00"_s)), 1); // resolution warning
    QCOMPARE(notificationsTo(technician), 1);
    QCOMPARE(notificationsTo(m_lead), 0);
}

void SlaEscalatorTest::leavesClosedAndEstimatedRequestsAlone()
{
    const qint64 done = m_fixture->submit(m_service, at(mondayEvening));
    QVERIFY(m_fixture->exec(u"UPDATE service_requests SET status = 'done', done_at = ? "
                            "WHERE id = ?"_s,
                            {SqlValue::time(at(u"2026-06-16T09:00:00+02:00"_s)), done}));
    const qint64 estimated = m_fixture->createService(u"Screen"_s, 0, false, 1);
    m_fixture->submit(estimated, at(mondayEvening));

    QCOMPARE(*SlaEscalator(m_fixture->database()).run(at(u"2026-07-30T12:00:00+02:00"_s)), 0);
    QCOMPARE(events(), 0);
}

void SlaEscalatorTest::racingWorkersEscalateOnce()
{
    // 300 breached requests, and two workers with their own connections
    // running at the same moment in small batches.
    const qint64 first = m_fixture->submit(m_service, at(mondayEvening));
    QVERIFY(first > 0);
    QVERIFY(m_fixture->exec(
        u"INSERT INTO service_requests (tracking_number, service_id, requester_id, status, "
        "clock_started_at, response_warning_at, response_critical_at, response_due_at, "
        "resolution_warning_at, resolution_critical_at, resolution_due_at, next_escalation_at) "
        "SELECT 'RACE-' || n, service_id, requester_id, status, clock_started_at, "
        "response_warning_at, response_critical_at, response_due_at, resolution_warning_at, "
        "resolution_critical_at, resolution_due_at, next_escalation_at "
        "FROM service_requests CROSS JOIN generate_series(1, 299) AS n WHERE id = ?"_s,
        {first}));
    QCOMPARE(m_fixture->number(u"SELECT COUNT(*) FROM service_requests"_s), 300);

    const DatabaseUrl url = m_fixture->database().url();
    const QDateTime later = at(u"2026-06-20T12:00:00+02:00"_s);
    QAtomicInt raised;
    QAtomicInt failures;
    const auto worker = [&] {
        Database connection;
        QString error;
        if (!connection.open(url, &error)) {
            failures.ref();
            return;
        }
        const auto result = SlaEscalator(connection).run(later, 7);
        if (result)
            raised.fetchAndAddOrdered(*result);
        else
            failures.ref();
    };
    std::unique_ptr<QThread> one(QThread::create(worker));
    std::unique_ptr<QThread> two(QThread::create(worker));
    one->start();
    two->start();
    QVERIFY(one->wait(60000) && two->wait(60000));

    QCOMPARE(failures.loadRelaxed(), 0);
    QCOMPARE(raised.loadRelaxed(), 900);
    QCOMPARE(events(), 900);
    QCOMPARE(notificationsTo(m_lead), 900);
    QCOMPARE(m_fixture->number(u"SELECT COUNT(*) FROM (SELECT request_id, detail FROM "
                               "request_events GROUP BY request_id, detail "
                               "HAVING COUNT(*) > 1) AS twice"_s),
             0);
}

QTEST_GUILESS_MAIN(SlaEscalatorTest)
#include "tst_slaescalator.moc"
