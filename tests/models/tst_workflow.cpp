#include "RequestFixture.h"
#include "requests/ApproverResolver.h"
#include "requests/RequestWorkflow.h"
#include "sla/SlaClock.h"

#include <QSet>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using Visibility = RequestComment::Visibility;

namespace {

const QDateTime monday = RequestFixture::at(u"2026-06-15T10:00:00+02:00"_s);

} // namespace

// The request workflow on every backend: the full paths with and without
// approval, rejection, cancellation, every forbidden move refused with
// nothing written, comments that stay inside IT, two technicians taking the
// same request, and unique tracking numbers under concurrent submissions.
class WorkflowTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void completesARequestWithoutApproval_data() { TestDatabase::addBackendColumn(); }
    void completesARequestWithoutApproval();
    void completesARequestWithApproval_data() { TestDatabase::addBackendColumn(); }
    void completesARequestWithApproval();
    void rejectsWithAReason_data() { TestDatabase::addBackendColumn(); }
    void rejectsWithAReason();
    void cancelsWhatIsNotInProgress_data() { TestDatabase::addBackendColumn(); }
    void cancelsWhatIsNotInProgress();
    void refusesForbiddenMoves_data();
    void refusesForbiddenMoves();
    void keepsInternalCommentsInside_data() { TestDatabase::addBackendColumn(); }
    void keepsInternalCommentsInside();
    void letsOneOfTwoTechniciansTakeARequest_data() { TestDatabase::addBackendColumn(); }
    void letsOneOfTwoTechniciansTakeARequest();
    void keepsTrackingNumbersUniqueUnderLoad();
    void notifiesInTheRecipientsLanguage_data() { TestDatabase::addBackendColumn(); }
    void notifiesInTheRecipientsLanguage();

private:
    struct Actor
    {
        Session session;
        std::unique_ptr<RequestWorkflow> workflow;
    };
    Actor &as(qint64 personId);
    qint64 submitAs(qint64 personId, qint64 serviceId);
    QString status(qint64 request) const;
    QStringList events(qint64 request) const;
    QStringList notificationsTo(qint64 person) const;

    std::unique_ptr<RequestFixture> m_fixture;
    std::map<qint64, Actor> m_actors;
    qint64 m_manager = 0;
    qint64 m_requester = 0;
    qint64 m_technician = 0;
    qint64 m_admin = 0;
    qint64 m_plain = 0;    // no approval
    qint64 m_approved = 0; // the requester's manager approves
};

void WorkflowTest::init()
{
    QString backend = u"postgresql"_s;
    if (QTest::currentDataTag())
        backend = QString::fromLatin1(QTest::currentDataTag()).section(u',', 0, 0);
    else if (!TestDatabase::postgresAvailable())
        QSKIP("Concurrent submissions run on PostgreSQL only: KALIAOPS_TEST_PG is not set.");
    m_fixture = std::make_unique<RequestFixture>(backend);
    QVERIFY(m_fixture->ok());
    using Role = Person::Role;
    m_manager = m_fixture->createPerson(u"manager"_s, Role::Requester | Role::Approver);
    m_requester = m_fixture->createPerson(u"lea"_s, Role::Requester, 0, m_manager);
    m_technician = m_fixture->createPerson(u"ana"_s, Role::Requester | Role::Technician);
    m_admin = m_fixture->createPerson(u"admin"_s, Role::Requester | Role::CatalogAdmin);
    m_plain = m_fixture->createService(u"Password reset"_s, m_fixture->policyId());
    m_approved = m_fixture->createService(u"New PC"_s, m_fixture->policyId(), true);
    QVERIFY(m_manager && m_requester && m_technician && m_admin && m_plain && m_approved);
}

void WorkflowTest::cleanup()
{
    m_actors.clear();
    m_fixture.reset();
}

WorkflowTest::Actor &WorkflowTest::as(qint64 personId)
{
    Actor &actor = m_actors[personId];
    if (!actor.workflow) {
        actor.session = m_fixture->sessionOf(personId);
        actor.workflow = std::make_unique<RequestWorkflow>(m_fixture->database());
        actor.workflow->setSession(&actor.session);
    }
    return actor;
}

qint64 WorkflowTest::submitAs(qint64 personId, qint64 serviceId)
{
    const Session session = m_fixture->sessionOf(personId);
    m_fixture->requests().setSession(&session);
    const qint64 id = m_fixture->submit(serviceId, monday);
    m_fixture->requests().setSession(&m_fixture->session());
    return id;
}

QString WorkflowTest::status(qint64 request) const
{
    QSqlQuery q = m_fixture->database().query();
    q.prepare(u"SELECT status FROM service_requests WHERE id = ?"_s);
    q.addBindValue(request);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QStringList WorkflowTest::events(qint64 request) const
{
    QSqlQuery q = m_fixture->database().query();
    q.prepare(u"SELECT kind FROM request_events WHERE request_id = ? ORDER BY id"_s);
    q.addBindValue(request);
    QStringList kinds;
    if (q.exec()) {
        while (q.next())
            kinds << q.value(0).toString();
    }
    return kinds;
}

QStringList WorkflowTest::notificationsTo(qint64 person) const
{
    QSqlQuery q = m_fixture->database().query();
    q.prepare(u"SELECT event FROM notifications WHERE recipient_id = ? ORDER BY id"_s);
    q.addBindValue(person);
    QStringList kinds;
    if (q.exec()) {
        while (q.next())
            kinds << q.value(0).toString();
    }
    return kinds;
}

void WorkflowTest::completesARequestWithoutApproval()
{
    const qint64 request = submitAs(m_requester, m_plain);
    QCOMPARE(status(request), u"new"_s);
    RequestWorkflow &tech = *as(m_technician).workflow;

    QVERIFY(tech.take(request));
    QCOMPARE(status(request), u"in_progress"_s);
    QCOMPARE(m_fixture->number(u"SELECT assignee_id FROM service_requests"_s), m_technician);
    QVERIFY(tech.addComment(request, u"Account unlocked, new password sent by SMS."_s,
                            Visibility::External));
    const Status noNote = tech.complete(request, u"   "_s);
    QVERIFY(!noNote);
    QVERIFY2(noNote.error().contains(u"resolution note"_s), qPrintable(noNote.error()));
    QVERIFY(tech.complete(request, u"Password reset."_s));

    QCOMPARE(status(request), u"done"_s);
    QCOMPARE(events(request), (QStringList{u"created"_s, u"taken"_s, u"completed"_s}));
    QCOMPARE(notificationsTo(m_requester),
             (QStringList{u"created"_s, u"taken"_s, u"comment"_s, u"completed"_s}));
    // Done: nothing left for the escalation worker.
    QCOMPARE(m_fixture->number(
                 u"SELECT COUNT(*) FROM service_requests WHERE next_escalation_at IS NOT NULL"_s),
             0);
}

void WorkflowTest::completesARequestWithApproval()
{
    const qint64 request = submitAs(m_requester, m_approved);
    QCOMPARE(status(request), u"pending_approval"_s);
    QCOMPARE(m_fixture->number(u"SELECT approver_id FROM service_requests"_s), m_manager);
    QCOMPARE(notificationsTo(m_manager), QStringList{u"approval_needed"_s});
    // No clock while the manager decides.
    QVERIFY(!SlaClock(m_fixture->database()).schedule(request)->has_value());

    const Status early = as(m_technician).workflow->take(request);
    QVERIFY(!early);
    QVERIFY2(early.error().contains(u"waiting for approval: it cannot be taken"_s),
             qPrintable(early.error()));
    const Status notTheirs = as(m_admin).workflow->approve(request);
    QVERIFY2(notTheirs.error().contains(u"Only the approver"_s), qPrintable(notTheirs.error()));

    QVERIFY(as(m_manager).workflow->approve(request));
    QCOMPARE(status(request), u"approved"_s);
    QVERIFY(SlaClock(m_fixture->database()).schedule(request)->has_value());
    QVERIFY(as(m_technician).workflow->take(request));
    QVERIFY(as(m_technician).workflow->complete(request, u"Delivered to the desk."_s));
    QCOMPARE(events(request), (QStringList{u"created"_s, u"approval_requested"_s, u"approved"_s,
                                           u"taken"_s, u"completed"_s}));
    QCOMPARE(notificationsTo(m_requester),
             (QStringList{u"created"_s, u"approved"_s, u"taken"_s, u"completed"_s}));
}

void WorkflowTest::rejectsWithAReason()
{
    const qint64 request = submitAs(m_requester, m_approved);
    RequestWorkflow &manager = *as(m_manager).workflow;
    const Status silent = manager.reject(request, QString());
    QVERIFY(!silent);
    QVERIFY2(silent.error().contains(u"reason"_s), qPrintable(silent.error()));
    QCOMPARE(status(request), u"pending_approval"_s);

    QVERIFY(manager.reject(request, u"Your laptop is one year old."_s));
    QCOMPARE(status(request), u"rejected"_s);
    QCOMPARE(m_fixture->number(u"SELECT COUNT(*) FROM notifications WHERE event = 'rejected' "
                               "AND body LIKE '%one year old%'"_s),
             1);
    QVERIFY(!as(m_technician).workflow->take(request));
}

void WorkflowTest::cancelsWhatIsNotInProgress()
{
    const qint64 pending = submitAs(m_requester, m_approved);
    const Status notMine = as(m_manager).workflow->cancel(pending);
    QVERIFY2(notMine.error().contains(u"Only the person who asked"_s), qPrintable(notMine.error()));
    QVERIFY(as(m_requester).workflow->cancel(pending));
    QCOMPARE(status(pending), u"cancelled"_s);

    const qint64 started = submitAs(m_requester, m_plain);
    QVERIFY(as(m_technician).workflow->take(started));
    const Status late = as(m_requester).workflow->cancel(started);
    QVERIFY(!late);
    QVERIFY2(late.error().contains(u"in progress: it cannot be cancelled"_s) &&
                 late.error().contains(u"ana made it"_s),
             qPrintable(late.error()));
}

void WorkflowTest::refusesForbiddenMoves_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("action");

    const QStringList backends = TestDatabase::postgresAvailable()
                                     ? QStringList{u"sqlite"_s, u"postgresql"_s}
                                     : QStringList{u"sqlite"_s};
    using A = WorkflowRules::Action;
    for (const QString &backend : backends) {
        for (const RequestStatus::Value from : RequestStatus::all()) {
            for (const A action : {A::Approve, A::Reject, A::Take, A::Complete, A::Cancel}) {
                if (WorkflowRules::find(action, from))
                    continue;
                QTest::addRow("%s, %s %s", qPrintable(backend),
                              qPrintable(WorkflowRules::eventKey(action)),
                              qPrintable(RequestStatus::key(from)))
                    << RequestStatus::key(from) << int(action);
            }
        }
    }
}

void WorkflowTest::refusesForbiddenMoves()
{
    QFETCH(QString, from);
    QFETCH(int, action);

    // Each move is tried by the one person the table would allow, so only
    // the status can refuse it.
    const qint64 request = submitAs(m_requester, m_approved);
    QVERIFY(
        m_fixture->exec(u"UPDATE service_requests SET status = ? WHERE id = ?"_s, {from, request}));
    const qint64 version =
        m_fixture->number(u"SELECT row_version FROM service_requests WHERE id = ?"_s, {request});
    const int eventsBefore = int(events(request).size());

    using A = WorkflowRules::Action;
    Status result;
    switch (A(action)) {
    case A::Approve:
        result = as(m_manager).workflow->approve(request);
        break;
    case A::Reject:
        result = as(m_manager).workflow->reject(request, u"No."_s);
        break;
    case A::Take:
        result = as(m_technician).workflow->take(request);
        break;
    case A::Complete:
        result = as(m_technician).workflow->complete(request, u"Done."_s);
        break;
    default:
        result = as(m_requester).workflow->cancel(request);
        break;
    }
    QVERIFY(!result);
    QVERIFY2(result.error().contains(u"it cannot be"_s), qPrintable(result.error()));
    QCOMPARE(status(request), from);
    QCOMPARE(
        m_fixture->number(u"SELECT row_version FROM service_requests WHERE id = ?"_s, {request}),
        version);
    QCOMPARE(events(request).size(), eventsBefore);
}

void WorkflowTest::keepsInternalCommentsInside()
{
    const qint64 request = submitAs(m_requester, m_plain);
    RequestWorkflow &tech = *as(m_technician).workflow;
    QVERIFY(
        tech.addComment(request, u"Check the AD lockout policy first."_s, Visibility::Internal));
    QVERIFY(tech.addComment(request, u"Could you call me back?"_s, Visibility::External));
    RequestWorkflow &requester = *as(m_requester).workflow;
    QVERIFY(requester.addComment(request, u"Yes, at 2 pm."_s, Visibility::External));

    const Status sneaky = requester.addComment(request, u"psst"_s, Visibility::Internal).ok()
                              ? Status()
                              : Status::failure(u"refused"_s);
    QVERIFY(!sneaky);

    const auto seenByRequester = requester.comments(request);
    QVERIFY(seenByRequester);
    QCOMPARE(seenByRequester->size(), 2);
    for (const RequestComment &comment : *seenByRequester)
        QCOMPARE(comment.visibility, Visibility::External);
    QCOMPARE(tech.comments(request)->size(), 3);
    QVERIFY(!as(m_admin).workflow->comments(request)); // no part in it
    // Only external comments reach the requester's inbox.
    QCOMPARE(notificationsTo(m_requester), (QStringList{u"created"_s, u"comment"_s}));
}

void WorkflowTest::letsOneOfTwoTechniciansTakeARequest()
{
    const qint64 request = submitAs(m_requester, m_plain);
    const qint64 other = m_fixture->createPerson(u"bob"_s, Person::Role::Technician);
    const int seen = int(
        m_fixture->number(u"SELECT row_version FROM service_requests WHERE id = ?"_s, {request}));

    // Both opened the request at version `seen`; Ana is quicker.
    QVERIFY(as(m_technician).workflow->take(request, seen));
    const Status second = as(other).workflow->take(request, seen);
    QVERIFY(!second);
    QVERIFY2(second.error().contains(u"changed since you opened it"_s) &&
                 second.error().contains(u"ana made it \"In progress\""_s),
             qPrintable(second.error()));
    QCOMPARE(m_fixture->number(u"SELECT assignee_id FROM service_requests"_s), m_technician);

    if (!m_fixture->database().isPostgres())
        return;
    // On PostgreSQL, two connections at the very same moment: one wins.
    const qint64 raced = submitAs(m_requester, m_plain);
    const DatabaseUrl url = m_fixture->database().url();
    QAtomicInt wins;
    const Session ana = m_fixture->sessionOf(m_technician);
    const Session bob = m_fixture->sessionOf(other);
    const auto taker = [&](const Session &who) {
        return [&url, &wins, raced, session = &who] {
            Database connection;
            QString error;
            if (!connection.open(url, &error))
                return;
            RequestWorkflow workflow(connection);
            workflow.setSession(session);
            if (workflow.take(raced))
                wins.ref();
        };
    };
    std::unique_ptr<QThread> one(QThread::create(taker(ana)));
    std::unique_ptr<QThread> two(QThread::create(taker(bob)));
    one->start();
    two->start();
    QVERIFY(one->wait(30000) && two->wait(30000));
    QCOMPARE(wins.loadRelaxed(), 1);
    QCOMPARE(events(raced), (QStringList{u"created"_s, u"taken"_s}));
}

void WorkflowTest::keepsTrackingNumbersUniqueUnderLoad()
{
    // 8 connections submit 200 requests each at once.
    const DatabaseUrl url = m_fixture->database().url();
    const Session session = m_fixture->sessionOf(m_requester);
    const qint64 service = m_plain;
    QAtomicInt failures;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < 8; ++i) {
        threads.emplace_back(QThread::create([&] {
            Database connection;
            QString error;
            if (!connection.open(url, &error)) {
                failures.ref();
                return;
            }
            RequestStore store(connection);
            store.setSession(&session);
            for (int n = 0; n < 200; ++n) {
                if (!store.submit({service, {}, {}}))
                    failures.ref();
            }
        }));
        threads.back()->start();
    }
    for (const auto &thread : threads)
        QVERIFY(thread->wait(300000));

    QCOMPARE(failures.loadRelaxed(), 0);
    QCOMPARE(m_fixture->number(u"SELECT COUNT(*) FROM service_requests"_s), 1600);
    QCOMPARE(m_fixture->number(u"SELECT COUNT(DISTINCT tracking_number) FROM service_requests "
                               "WHERE tracking_number LIKE 'REQ-%'"_s),
             1600);
}

void WorkflowTest::notifiesInTheRecipientsLanguage()
{
    // Léa reads French, her manager English, whatever the screen shows.
    QVERIFY(m_fixture->exec(u"UPDATE people SET language = 'fr' WHERE id = ?"_s, {m_requester}));
    QVERIFY(m_fixture->exec(u"UPDATE people SET language = 'en' WHERE id = ?"_s, {m_manager}));
    const qint64 request = submitAs(m_requester, m_approved);
    QVERIFY(as(m_manager).workflow->reject(request, u"Budget épuisé pour 2026."_s));

    QSqlQuery q = m_fixture->database().query();
    QVERIFY(q.exec(u"SELECT recipient_id, subject, body FROM notifications ORDER BY id"_s));
    QStringList subjects;
    QString rejection;
    while (q.next()) {
        subjects << q.value(1).toString();
        if (q.value(0).toLongLong() == m_requester)
            rejection = q.value(2).toString();
    }
    QCOMPARE(subjects, (QStringList{u"[REQ-000001] Demande reçue\u00a0: New PC"_s,
                                    u"[REQ-000001] Your approval is needed: New PC"_s,
                                    u"[REQ-000001] Demande rejetée\u00a0: New PC"_s}));
    QVERIFY2(rejection.contains(u"Motif\u00a0: Budget épuisé pour 2026."_s), qPrintable(rejection));
}

QTEST_GUILESS_MAIN(WorkflowTest)
#include "tst_workflow.moc"
