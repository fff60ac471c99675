#include "RequestFixture.h"
#include "sla/SlaClock.h"
#include "sla/SlaState.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QDateTime at(const QString &iso)
{
    return RequestFixture::at(iso);
}

// Monday 15 June 2026, 17:00 in Paris: one working hour left that day.
const QString mondayEvening = u"2026-06-15T17:00:00+02:00"_s;

} // namespace

// The SLA clock on every backend: due dates fixed at clock start in the
// policy's calendar, kept when the policy changes, moved by a priority
// change from the same start, started at approval; the estimate's expected
// date without policy; and the SLA state computed in SQL.
class SlaClockTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void startsTheClockAtSubmission_data() { TestDatabase::addBackendColumn(); }
    void startsTheClockAtSubmission();
    void keepsDueDatesWhenThePolicyChanges_data() { TestDatabase::addBackendColumn(); }
    void keepsDueDatesWhenThePolicyChanges();
    void priorityMovesDueDatesFromTheSameStart_data() { TestDatabase::addBackendColumn(); }
    void priorityMovesDueDatesFromTheSameStart();
    void excludesTheApprovalWait_data() { TestDatabase::addBackendColumn(); }
    void excludesTheApprovalWait();
    void estimateGivesAnExpectedDate_data() { TestDatabase::addBackendColumn(); }
    void estimateGivesAnExpectedDate();
    void computesTheStateInSql_data();
    void computesTheStateInSql();

private:
    qint64 createService(const QString &name, qint64 policyId, bool approval = false, int delay = 0,
                         Service::DelayUnit unit = Service::DelayUnit::Days)
    {
        return m_fixture->createService(name, policyId, approval, delay, unit);
    }
    qint64 submit(qint64 serviceId, const QString &when)
    {
        return m_fixture->submit(serviceId, at(when));
    }
    SlaSchedule scheduleOf(qint64 requestId) const;
    QString stateOf(qint64 requestId, const QString &now) const;

    std::unique_ptr<RequestFixture> m_fixture;
    const Database *m_database = nullptr;
    SlaPolicyStore *m_policies = nullptr;
    RequestStore *m_requests = nullptr;
    qint64 m_policyId = 0;
};

void SlaClockTest::init()
{
    QFETCH(QString, backend);
    m_fixture = std::make_unique<RequestFixture>(backend);
    QVERIFY(m_fixture->ok());
    m_database = &m_fixture->database();
    m_policies = &m_fixture->policies();
    m_requests = &m_fixture->requests();
    m_policyId = m_fixture->policyId();
}

void SlaClockTest::cleanup()
{
    m_fixture.reset();
}

SlaSchedule SlaClockTest::scheduleOf(qint64 requestId) const
{
    const auto schedule = SlaClock(*m_database).schedule(requestId);
    if (!schedule || !schedule->has_value())
        return {};
    return **schedule;
}

QString SlaClockTest::stateOf(qint64 requestId, const QString &now) const
{
    QSqlQuery q = m_database->query();
    q.prepare(u"SELECT "_s + SlaState::sqlExpression(u"r"_s, u"c.now"_s) +
              u" FROM service_requests r CROSS JOIN "_s +
              SlaState::nowSubquery(m_database->isPostgres()) + u" c WHERE r.id = ?"_s);
    q.addBindValue(SqlValue::time(at(now)));
    q.addBindValue(requestId);
    if (!q.exec() || !q.next())
        return u"(query failed)"_s;
    return q.value(0).toString();
}

void SlaClockTest::startsTheClockAtSubmission()
{
    const qint64 service = createService(u"Repair"_s, m_policyId);
    const qint64 request = submit(service, mondayEvening);
    QVERIFY(request > 0);

    // Normal priority: 4 business hours to respond, 16 to resolve, 09:00–18:00
    // in Paris (UTC+2 in June): 1 hour on Monday, then on Tuesday...
    const SlaSchedule schedule = scheduleOf(request);
    QCOMPARE(schedule.startedAt, at(mondayEvening));
    QCOMPARE(schedule.response.targetMinutes, 4 * 60);
    QCOMPARE(schedule.response.warningAt, at(u"2026-06-16T10:00:00+02:00"_s));  // 50 %
    QCOMPARE(schedule.response.criticalAt, at(u"2026-06-16T11:12:00+02:00"_s)); // 80 %
    QCOMPARE(schedule.response.dueAt, at(u"2026-06-16T12:00:00+02:00"_s));
    QCOMPARE(schedule.resolution.targetMinutes, 16 * 60);
    QCOMPARE(schedule.resolution.dueAt, at(u"2026-06-17T15:00:00+02:00"_s));
    QCOMPARE(schedule.warningPercent, 50);
    QCOMPARE(schedule.criticalPercent, 80);
}

void SlaClockTest::keepsDueDatesWhenThePolicyChanges()
{
    const qint64 service = createService(u"Repair"_s, m_policyId);
    const qint64 before = submit(service, mondayEvening);
    const SlaSchedule original = scheduleOf(before);

    const auto stored = m_policies->policy(m_policyId);
    QVERIFY(stored);
    SlaPolicy policy = *stored;
    policy.target(Priority::Level::Normal) = {60, 2 * 60};
    policy.warningPercent = 70;
    policy.criticalPercent = 90;
    QVERIFY(m_policies->updatePolicy(policy));

    QCOMPARE(scheduleOf(before), original);
    // New requests get the new targets.
    const qint64 after = submit(service, mondayEvening);
    QCOMPARE(scheduleOf(after).resolution.dueAt, at(u"2026-06-16T10:00:00+02:00"_s));
    QCOMPARE(scheduleOf(after).warningPercent, 70);
}

void SlaClockTest::priorityMovesDueDatesFromTheSameStart()
{
    const qint64 service = createService(u"Repair"_s, m_policyId);
    const qint64 request = submit(service, mondayEvening);

    // Raised the next day: high priority is 1 h / 8 h from Monday 17:00.
    m_fixture->setNow(at(u"2026-06-16T09:30:00+02:00"_s));
    QVERIFY(m_requests->setPriority(request, Priority::Level::High));
    const SlaSchedule schedule = scheduleOf(request);
    QCOMPARE(schedule.startedAt, at(mondayEvening));
    QCOMPARE(schedule.response.dueAt, at(u"2026-06-15T18:00:00+02:00"_s));
    QCOMPARE(schedule.resolution.dueAt, at(u"2026-06-16T16:00:00+02:00"_s));

    QSqlQuery q = m_database->query();
    QVERIFY(q.exec(u"SELECT priority FROM service_requests"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"high"_s);
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM request_events WHERE kind = 'priority_changed'"_s) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    q.finish();

    // A requester may not, and nothing changes.
    Person requester;
    requester.id = m_fixture->session().personId();
    requester.login = u"tech"_s;
    const Session requesterOnly(requester);
    m_requests->setSession(&requesterOnly);
    const Status refused = m_requests->setPriority(request, Priority::Level::Low);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"technicians"_s), qPrintable(refused.error()));
    QCOMPARE(scheduleOf(request), schedule);
    m_requests->setSession(&m_fixture->session());
}

void SlaClockTest::excludesTheApprovalWait()
{
    const qint64 service = createService(u"New PC"_s, m_policyId, true);
    const qint64 request = submit(service, mondayEvening);
    QVERIFY(request > 0);
    // Waiting for the manager: no clock yet, no state.
    QCOMPARE(scheduleOf(request), SlaSchedule());
    QCOMPARE(stateOf(request, u"2026-06-30T12:00:00+02:00"_s), u"none"_s);

    // Approved on Wednesday at 10:00: the 16 business hours count from there.
    QVERIFY(SlaClock(*m_database).start(request, at(u"2026-06-17T10:00:00+02:00"_s)));
    const SlaSchedule schedule = scheduleOf(request);
    QCOMPARE(schedule.startedAt, at(u"2026-06-17T10:00:00+02:00"_s));
    QCOMPARE(schedule.resolution.dueAt, at(u"2026-06-18T17:00:00+02:00"_s));
}

void SlaClockTest::estimateGivesAnExpectedDate()
{
    const qint64 twoDays = createService(u"Screen"_s, 0, false, 2, Service::DelayUnit::Days);
    const qint64 fourHours = createService(u"Reset"_s, 0, false, 4, Service::DelayUnit::Hours);
    const qint64 noEstimate = createService(u"Other"_s, 0);

    const auto expectedOf = [this](qint64 request) {
        QSqlQuery q = m_database->query();
        q.prepare(u"SELECT expected_at, resolution_due_at FROM service_requests WHERE id = ?"_s);
        q.addBindValue(request);
        if (!q.exec() || !q.next() || !q.value(1).isNull())
            return QDateTime();
        return SqlValue::toTime(q.value(0));
    };
    // Two working days of 9 hours: 1 h Monday, 9 h Tuesday, 8 h Wednesday.
    QCOMPARE(expectedOf(submit(twoDays, mondayEvening)), at(u"2026-06-17T17:00:00+02:00"_s));
    QCOMPARE(expectedOf(submit(fourHours, mondayEvening)), at(u"2026-06-16T12:00:00+02:00"_s));
    QCOMPARE(expectedOf(submit(noEstimate, mondayEvening)), QDateTime());
    // Never a firm SLA: nothing for the escalation worker.
    QSqlQuery q = m_database->query();
    QVERIFY(
        q.exec(u"SELECT COUNT(*) FROM service_requests WHERE next_escalation_at IS NOT NULL"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void SlaClockTest::computesTheStateInSql_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("withPolicy");
    QTest::addColumn<QString>("takenAt");
    QTest::addColumn<QString>("doneAt");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("state");

    // Response (normal): warning Tue 10:00, critical 11:12, due 12:00.
    // Resolution: 16 h, warning after 8 h (Tue 16:00), critical after 12.8 h
    // (Wed 11:48), due Wed 15:00. Estimate (2 days): Wed 17:00.
    struct Row
    {
        const char *name;
        bool withPolicy;
        QString takenAt, doneAt, status, now, state;
    };
    const QString none;
    const QList<Row> rows = {
        {"just submitted", true, none, none, u"new"_s, u"2026-06-15T17:30:00+02:00"_s,
         u"on_track"_s},
        {"response warning", true, none, none, u"new"_s, u"2026-06-16T10:00:00+02:00"_s,
         u"warning"_s},
        {"response critical", true, none, none, u"new"_s, u"2026-06-16T11:30:00+02:00"_s,
         u"critical"_s},
        {"response breached", true, none, none, u"new"_s, u"2026-06-16T12:00:00+02:00"_s,
         u"breached"_s},
        {"taken in time, response clock stops", true, u"2026-06-16T09:05:00+02:00"_s, none,
         u"in_progress"_s, u"2026-06-16T12:30:00+02:00"_s, u"on_track"_s},
        {"resolution warning", true, u"2026-06-16T09:05:00+02:00"_s, none, u"in_progress"_s,
         u"2026-06-16T16:30:00+02:00"_s, u"warning"_s},
        {"resolution critical", true, u"2026-06-16T09:05:00+02:00"_s, none, u"in_progress"_s,
         u"2026-06-17T12:00:00+02:00"_s, u"critical"_s},
        {"resolution breached", true, u"2026-06-16T09:05:00+02:00"_s, none, u"in_progress"_s,
         u"2026-06-17T15:00:00+02:00"_s, u"breached"_s},
        {"done in time", true, u"2026-06-16T09:05:00+02:00"_s, u"2026-06-17T14:59:00+02:00"_s,
         u"done"_s, u"2026-07-01T12:00:00+02:00"_s, u"met"_s},
        {"done late", true, u"2026-06-16T09:05:00+02:00"_s, u"2026-06-17T15:01:00+02:00"_s,
         u"done"_s, u"2026-07-01T12:00:00+02:00"_s, u"missed"_s},
        {"cancelled", true, none, none, u"cancelled"_s, u"2026-07-01T12:00:00+02:00"_s, u"none"_s},
        {"estimate, before", false, none, none, u"new"_s, u"2026-06-17T16:59:00+02:00"_s,
         u"on_track"_s},
        {"estimate, past", false, none, none, u"new"_s, u"2026-06-17T17:00:00+02:00"_s,
         u"breached"_s},
        {"estimate, done in time", false, none, u"2026-06-17T09:00:00+02:00"_s, u"done"_s,
         u"2026-07-01T12:00:00+02:00"_s, u"met"_s},
    };
    for (const QString &backend : TestDatabase::postgresAvailable()
                                      ? QStringList{u"sqlite"_s, u"postgresql"_s}
                                      : QStringList{u"sqlite"_s}) {
        for (const Row &row : rows)
            QTest::addRow("%s, %s", qPrintable(backend), row.name)
                << backend << row.withPolicy << row.takenAt << row.doneAt << row.status << row.now
                << row.state;
    }
}

void SlaClockTest::computesTheStateInSql()
{
    QFETCH(bool, withPolicy);
    QFETCH(QString, takenAt);
    QFETCH(QString, doneAt);
    QFETCH(QString, status);
    QFETCH(QString, now);
    QFETCH(QString, state);

    const qint64 service = withPolicy ? createService(u"Repair"_s, m_policyId)
                                      : createService(u"Screen"_s, 0, false, 2);
    const qint64 request = submit(service, mondayEvening);
    QVERIFY(request > 0);
    QVERIFY(m_fixture->exec(
        u"UPDATE service_requests SET status = ?, taken_at = ?, done_at = ? WHERE id = ?"_s,
        {status, SqlValue::time(takenAt.isEmpty() ? QDateTime() : at(takenAt)),
         SqlValue::time(doneAt.isEmpty() ? QDateTime() : at(doneAt)), request}));
    QCOMPARE(stateOf(request, now), state);
}

QTEST_GUILESS_MAIN(SlaClockTest)
#include "tst_slaclock.moc"
