#include "RequestActors.h"
#include "requests/ApprovalInbox.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

// What waits for an approver's decision, on every backend: their requests
// to decide, oldest first; the catalog admins' when the rule found nobody;
// never one's own; gone once decided; with the wait and the cost of delay.
class ApprovalInboxTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsWhatWaitsOldestFirst_data() { TestDatabase::addBackendColumn(); }
    void listsWhatWaitsOldestFirst();
    void letsCatalogAdminsStandIn_data() { TestDatabase::addBackendColumn(); }
    void letsCatalogAdminsStandIn();
    void dropsDecidedRequests_data() { TestDatabase::addBackendColumn(); }
    void dropsDecidedRequests();
    void saysHowLongItWaited_data();
    void saysHowLongItWaited();

private:
    std::unique_ptr<ApprovalInbox> inboxOf(qint64 personId);
    static QList<qint64> ids(const ApprovalInbox &inbox);

    std::unique_ptr<RequestFixture> m_fixture;
    std::unique_ptr<RequestActors> m_actors;
    qint64 m_manager = 0;
    qint64 m_otherManager = 0;
    qint64 m_lea = 0;
    qint64 m_sam = 0;
    qint64 m_orphan = 0; // nobody to approve for them
    qint64 m_admin = 0;
    qint64 m_pc = 0;    // SLA policy, approval
    qint64 m_phone = 0; // estimate, approval
    qint64 m_plain = 0; // no approval
};

void ApprovalInboxTest::init()
{
    if (qstrcmp(QTest::currentTestFunction(), "saysHowLongItWaited") == 0)
        return; // no database needed
    QFETCH(QString, backend);
    m_fixture = std::make_unique<RequestFixture>(backend);
    QVERIFY(m_fixture->ok());
    m_actors = std::make_unique<RequestActors>(*m_fixture);
    using Role = Person::Role;
    m_manager = m_fixture->createPerson(u"marc"_s, Role::Requester | Role::Approver);
    m_otherManager = m_fixture->createPerson(u"nina"_s, Role::Requester | Role::Approver);
    m_lea = m_fixture->createPerson(u"lea"_s, Role::Requester, 0, m_manager);
    m_sam = m_fixture->createPerson(u"sam"_s, Role::Requester, 0, m_otherManager);
    m_orphan = m_fixture->createPerson(u"olga"_s, Role::Requester);
    m_admin = m_fixture->createPerson(u"admin"_s, Role::Requester | Role::CatalogAdmin);
    m_pc = m_fixture->createService(u"New PC"_s, m_fixture->policyId(), true);
    m_phone = m_fixture->createService(u"Phone"_s, 0, true, 3);
    m_plain = m_fixture->createService(u"Password reset"_s, m_fixture->policyId());
    QVERIFY(m_manager && m_lea && m_sam && m_orphan && m_admin && m_pc && m_phone && m_plain);
}

void ApprovalInboxTest::cleanup()
{
    m_actors.reset();
    m_fixture.reset();
}

std::unique_ptr<ApprovalInbox> ApprovalInboxTest::inboxOf(qint64 personId)
{
    auto inbox =
        std::make_unique<ApprovalInbox>(m_fixture->database(), &m_actors->session(personId));
    RequestActors *actors = m_actors.get();
    inbox->setClock([actors] { return actors->later(0); });
    return inbox;
}

QList<qint64> ApprovalInboxTest::ids(const ApprovalInbox &inbox)
{
    QList<qint64> list;
    for (int row = 0; row < inbox.rowCount(); ++row)
        list << inbox.index(row, 0).data(ApprovalInbox::IdRole).toLongLong();
    return list;
}

void ApprovalInboxTest::listsWhatWaitsOldestFirst()
{
    const qint64 first = m_actors->submitAs(m_lea, m_pc);
    m_actors->later(60);
    QVERIFY(m_actors->submitAs(m_sam, m_pc)); // Nina decides on it
    QVERIFY(m_actors->submitAs(m_lea, m_plain));
    m_actors->later(60);
    const qint64 second = m_actors->submitAs(m_lea, m_phone);
    m_actors->later(3 * 24 * 60);

    const auto inbox = inboxOf(m_manager);
    QAbstractItemModelTester tester(inbox.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(ids(*inbox), (QList<qint64>{first, second}));
    const auto cell = [&](int row, int column) {
        return inbox->index(row, column).data();
    };
    QCOMPARE(cell(0, ApprovalInbox::TrackingColumn), RequestStore::trackingNumberFor(first));
    QCOMPARE(cell(0, ApprovalInbox::RequesterColumn), u"lea"_s);
    QCOMPARE(cell(0, ApprovalInbox::ServiceColumn), u"New PC"_s);
    QCOMPARE(cell(0, ApprovalInbox::WaitingColumn), u"3 day(s)"_s);
    QCOMPARE(cell(0, ApprovalInbox::CostOfDelayColumn), u"Resolved within 16 business hour(s)"_s);
    QCOMPARE(cell(1, ApprovalInbox::CostOfDelayColumn),
             u"Usually done within 3 day(s) (an estimate)"_s);
    QCOMPARE(inbox->index(1, ApprovalInbox::WaitingColumn).data(ApprovalInbox::SortValueRole),
             qint64(3 * 24 * 3600));
    QCOMPARE(inbox->index(0, 0).data(ApprovalInbox::RowVersionRole).toInt(),
             int(m_fixture->number(u"SELECT row_version FROM service_requests WHERE id = ?"_s,
                                   {first})));

    QCOMPARE(inboxOf(m_otherManager)->rowCount(), 1);
    QCOMPARE(inboxOf(m_lea)->rowCount(), 0);
}

void ApprovalInboxTest::letsCatalogAdminsStandIn()
{
    const qint64 orphan = m_actors->submitAs(m_orphan, m_pc);
    const qint64 own = m_actors->submitAs(m_admin, m_pc); // no manager either
    QVERIFY(m_actors->submitAs(m_lea, m_pc));
    QVERIFY(orphan && own);
    QCOMPARE(m_fixture->number(u"SELECT COUNT(*) FROM service_requests "
                               "WHERE approver_id IS NULL AND status = 'pending_approval'"_s),
             2);

    const auto admin = inboxOf(m_admin);
    QAbstractItemModelTester tester(admin.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Not their own: nobody decides on their own request.
    QCOMPARE(ids(*admin), QList<qint64>{orphan});
    QCOMPARE(inboxOf(m_manager)->rowCount(), 1);
    QCOMPARE(inboxOf(m_otherManager)->rowCount(), 0);

    // A request that never went for approval is no admin's business.
    QVERIFY(m_fixture->exec(u"UPDATE service_requests SET approver_id = NULL WHERE id = ?"_s,
                            {m_actors->submitAs(m_orphan, m_plain)}));
    admin->refresh();
    QCOMPARE(ids(*admin), QList<qint64>{orphan});
}

void ApprovalInboxTest::dropsDecidedRequests()
{
    QList<qint64> waiting;
    for (int i = 0; i < 5; ++i) {
        waiting << m_actors->submitAs(m_lea, i % 2 ? m_pc : m_phone);
        m_actors->later(10);
    }
    const auto inbox = inboxOf(m_manager);
    QAbstractItemModelTester tester(inbox.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    inbox->setPageSize(2);
    QCOMPARE(inbox->rowCount(), 2);
    QCOMPARE(inbox->loadUntil(waiting.last()), 4);

    QVERIFY(m_actors->as(m_manager).approve(waiting.at(1)));
    QVERIFY(m_actors->as(m_manager).reject(waiting.at(3), u"No."_s));
    QVERIFY(m_actors->as(m_lea).cancel(waiting.at(4)));
    inbox->refresh();
    QCOMPARE(ids(*inbox), (QList<qint64>{waiting.at(0), waiting.at(2)}));
}

void ApprovalInboxTest::saysHowLongItWaited_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("just now") << qint64(20) << u"0 minute(s)"_s;
    QTest::newRow("minutes") << qint64(59 * 60 + 59) << u"59 minute(s)"_s;
    QTest::newRow("an hour") << qint64(3600) << u"1 hour(s)"_s;
    QTest::newRow("hours") << qint64(23 * 3600 + 3599) << u"23 hour(s)"_s;
    QTest::newRow("days") << qint64(50 * 3600) << u"2 day(s)"_s;
    QTest::newRow("clock skew") << qint64(-300) << u"0 minute(s)"_s;
}

void ApprovalInboxTest::saysHowLongItWaited()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(ApprovalInbox::waitingText(seconds), text);
}

QTEST_GUILESS_MAIN(ApprovalInboxTest)
#include "tst_approvalinbox.moc"
