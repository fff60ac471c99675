#include "TestDatabase.h"
#include "catalog/CatalogStore.h"
#include "sla/CalendarStore.h"
#include "sla/SlaPolicyStore.h"
#include "storage/Database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// SLA policies: the rules a policy must follow, and the store that keeps
// them, on every backend.
class SlaPolicyStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void validates_data();
    void validates();

    void init();
    void cleanup();
    void roundTripsPolicies_data() { TestDatabase::addBackendColumn(); }
    void roundTripsPolicies();
    void refusesBadPoliciesAndWritesNothing_data() { TestDatabase::addBackendColumn(); }
    void refusesBadPoliciesAndWritesNothing();
    void keepsPoliciesThatServicesUse_data() { TestDatabase::addBackendColumn(); }
    void keepsPoliciesThatServicesUse();

private:
    SlaPolicy validPolicy() const;
    int policyRows() const;

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SlaPolicyStore> m_store;
    qint64 m_calendarId = 0;
};

void SlaPolicyStoreTest::validates_data()
{
    QTest::addColumn<SlaPolicy>("policy");
    QTest::addColumn<QString>("problem"); // empty: valid

    SlaPolicy valid;
    valid.name = u"Standard"_s;
    valid.calendarId = 1;
    QTest::newRow("valid") << valid << QString();

    SlaPolicy p = valid;
    p.name = u"   "_s;
    QTest::newRow("blank name") << p << u"needs a name"_s;
    p = valid;
    p.calendarId = 0;
    QTest::newRow("no calendar") << p << u"calendar"_s;
    p = valid;
    p.target(Priority::Level::High).responseMinutes = 0;
    QTest::newRow("zero response") << p << u"response target of the High priority"_s;
    p = valid;
    p.target(Priority::Level::Low).resolutionMinutes = -5;
    QTest::newRow("negative resolution") << p << u"resolution target of the Low priority"_s;
    p = valid;
    p.target(Priority::Level::Critical) = {120, 60};
    QTest::newRow("resolution before response") << p << u"Critical priority (1 business hour"_s;
    p = valid;
    p.target(Priority::Level::Normal).resolutionMinutes = SlaPolicy::maxTargetMinutes + 1;
    QTest::newRow("over a year") << p << u"under a year"_s;
    p = valid;
    p.warningPercent = 80;
    p.criticalPercent = 80;
    QTest::newRow("warning not before critical") << p << u"(80 %) must come before"_s;
    p = valid;
    p.criticalPercent = 100;
    QTest::newRow("critical at 100 %") << p << u"between 1 % and 99 %"_s;
    p = valid;
    p.warningPercent = 0;
    QTest::newRow("warning at 0 %") << p << u"between 1 % and 99 %"_s;
}

void SlaPolicyStoreTest::validates()
{
    QFETCH(SlaPolicy, policy);
    QFETCH(QString, problem);
    const Status status = policy.validate();
    if (problem.isEmpty()) {
        QVERIFY2(status, qPrintable(status.error()));
        return;
    }
    QVERIFY(!status);
    QVERIFY2(status.error().contains(problem), qPrintable(status.error()));
}

void SlaPolicyStoreTest::init()
{
    // The rules alone need no database.
    if (qstrcmp(QTest::currentTestFunction(), "validates") == 0)
        return;
    QFETCH(QString, backend);
    m_test = std::make_unique<TestDatabase>(backend);
    m_database = m_test->open();
    QVERIFY(m_database);
    QVERIFY(CalendarStore::ensureDefaults(*m_database, 2026));
    const auto office = CalendarStore(*m_database).calendarNamed(u"Office hours"_s);
    QVERIFY(office);
    m_calendarId = office->id();
    m_store = std::make_unique<SlaPolicyStore>(*m_database);
}

void SlaPolicyStoreTest::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_test.reset();
}

SlaPolicy SlaPolicyStoreTest::validPolicy() const
{
    SlaPolicy policy;
    policy.name = u"Standard"_s;
    policy.description = u"Office hours, all services"_s;
    policy.calendarId = m_calendarId;
    return policy;
}

int SlaPolicyStoreTest::policyRows() const
{
    QSqlQuery q = m_database->query();
    if (!q.exec(u"SELECT (SELECT COUNT(*) FROM sla_policies) * 100 + "
                "(SELECT COUNT(*) FROM sla_targets)"_s) ||
        !q.next())
        return -1;
    return q.value(0).toInt();
}

void SlaPolicyStoreTest::roundTripsPolicies()
{
    QSignalSpy changed(m_store.get(), &SlaPolicyStore::policiesChanged);
    SlaPolicy policy = validPolicy();
    policy.warningPercent = 60;
    policy.criticalPercent = 85;
    policy.target(Priority::Level::Critical) = {15, 120};
    const auto id = m_store->createPolicy(policy);
    QVERIFY2(id, qPrintable(id.error()));
    policy.id = *id;
    QCOMPARE(*m_store->policy(*id), policy);
    QCOMPARE(changed.size(), 1);

    policy.name = u"Gold"_s;
    policy.target(Priority::Level::Low) = {600, 6000};
    QVERIFY(m_store->updatePolicy(policy));
    QCOMPARE(*m_store->policy(*id), policy);
    QCOMPARE(m_store->policies()->size(), 1);

    QVERIFY(m_store->deletePolicy(*id));
    QCOMPARE(policyRows(), 0);
    QCOMPARE(changed.size(), 3);
}

void SlaPolicyStoreTest::refusesBadPoliciesAndWritesNothing()
{
    QVERIFY(m_store->createPolicy(validPolicy()));
    const int before = policyRows();
    QCOMPARE(before, 104);

    SlaPolicy clash = validPolicy();
    clash.name = u"  STANDARD "_s;
    const auto refused = m_store->createPolicy(clash);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"already named \"STANDARD\""_s),
             qPrintable(refused.error()));

    SlaPolicy lost = validPolicy();
    lost.name = u"Lost"_s;
    lost.calendarId = 999999;
    QVERIFY2(m_store->createPolicy(lost).error().contains(u"no longer exists"_s),
             qPrintable(m_store->createPolicy(lost).error()));

    SlaPolicy inverted = validPolicy();
    inverted.name = u"Inverted"_s;
    inverted.target(Priority::Level::Normal) = {600, 60};
    QVERIFY(!m_store->createPolicy(inverted));
    QCOMPARE(policyRows(), before);

    // A refused update leaves the stored policy as it was.
    SlaPolicy stored = m_store->policies()->constFirst();
    SlaPolicy edited = stored;
    edited.target(Priority::Level::High) = {0, 60};
    QVERIFY(!m_store->updatePolicy(edited));
    QCOMPARE(*m_store->policy(stored.id), stored);
}

void SlaPolicyStoreTest::keepsPoliciesThatServicesUse()
{
    const auto id = m_store->createPolicy(validPolicy());
    QVERIFY(id);
    CatalogStore catalog(*m_database);
    const auto category = catalog.createCategory({0, 0, u"Access"_s, {}, {}, 1});
    QVERIFY(category);
    Service service;
    service.categoryId = *category;
    service.name = u"VPN access"_s;
    service.slaPolicyId = *id;
    QVERIFY(catalog.createService(service));

    const Status refused = m_store->deletePolicy(*id);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"1 service"_s) &&
                 refused.error().contains(u"\"VPN access\""_s),
             qPrintable(refused.error()));
    QVERIFY(m_store->policy(*id));

    // And its calendar cannot go either.
    QVERIFY(!CalendarStore(*m_database).deleteCalendar(m_calendarId));
}

QTEST_GUILESS_MAIN(SlaPolicyStoreTest)
#include "tst_slapolicystore.moc"
