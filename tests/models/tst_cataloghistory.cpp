#include "TestDatabase.h"
#include "catalog/CatalogChangeText.h"
#include "catalog/CatalogImporter.h"
#include "catalog/CatalogStore.h"
#include "people/PeopleStore.h"
#include "people/Session.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

using Action = CatalogChange::Action;
using Kind = CatalogChange::Kind;

// Every catalog change leaves exactly one history row, written in the same
// transaction, with who made it and what changed, on every backend.
class CatalogHistoryTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void recordsEachCategoryChangeOnce_data() { TestDatabase::addBackendColumn(); }
    void recordsEachCategoryChangeOnce();
    void recordsEachServiceChangeOnce_data() { TestDatabase::addBackendColumn(); }
    void recordsEachServiceChangeOnce();
    void recordsNothingForRefusedOrEmptyChanges_data() { TestDatabase::addBackendColumn(); }
    void recordsNothingForRefusedOrEmptyChanges();
    void recordsTheSystemWithoutSession_data() { TestDatabase::addBackendColumn(); }
    void recordsTheSystemWithoutSession();
    void keepsTheActorNameWhenThePersonGoes_data() { TestDatabase::addBackendColumn(); }
    void keepsTheActorNameWhenThePersonGoes();
    void recordsImports_data() { TestDatabase::addBackendColumn(); }
    void recordsImports();
    void describesChangesInWords();

private:
    qint64 rowCount() const;
    CatalogChange last(Kind kind, qint64 id) const;
    void verifyActor(const CatalogChange &change) const;

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CatalogStore> m_store;
    Session m_session;
};

void CatalogHistoryTest::init()
{
    // The test without a backend needs no database.
    if (!QTest::currentDataTag())
        return;
    QFETCH(QString, backend);
    m_test = std::make_unique<TestDatabase>(backend);
    m_database = m_test->open();
    QVERIFY(m_database);
    m_store = std::make_unique<CatalogStore>(*m_database);

    Person admin;
    admin.login = u"mdupont"_s;
    admin.displayName = u"Marie Dupont"_s;
    admin.roles = Person::Role::CatalogAdmin;
    const auto id = PeopleStore(*m_database).createPerson(admin);
    QVERIFY2(id, qPrintable(id.error()));
    admin.id = *id;
    m_session = Session(admin);
    m_store->setSession(&m_session);
}

void CatalogHistoryTest::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_test.reset();
}

qint64 CatalogHistoryTest::rowCount() const
{
    QSqlQuery q = m_database->query();
    if (!q.exec(u"SELECT COUNT(*) FROM catalog_changes"_s) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

CatalogChange CatalogHistoryTest::last(Kind kind, qint64 id) const
{
    const auto history = m_store->history(kind, id);
    if (!history || history->isEmpty())
        return {};
    return history->last();
}

void CatalogHistoryTest::verifyActor(const CatalogChange &change) const
{
    QCOMPARE(change.actorId, m_session.personId());
    QCOMPARE(change.actorName, u"Marie Dupont"_s);
    QVERIFY(change.changedAt.isValid());
    QVERIFY(qAbs(change.changedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
}

void CatalogHistoryTest::recordsEachCategoryChangeOnce()
{
    Category category;
    category.name = u"VPN"_s;
    const auto id = m_store->createCategory(category);
    const auto other = m_store->createCategory({0, 0, u"Access"_s, {}, {}, 0});
    QVERIFY(id && other);
    QCOMPARE(rowCount(), 2);
    CatalogChange change = last(Kind::Category, *id);
    QCOMPARE(change.action, Action::Created);
    QCOMPARE(change.changes.value(u"name"_s).toString(), u"VPN"_s);
    verifyActor(change);

    category = *m_store->category(*id);
    category.name = u"VPN access"_s;
    QVERIFY(m_store->updateCategory(category));
    change = last(Kind::Category, *id);
    QCOMPARE(change.action, Action::Changed);
    QCOMPARE(change.changes, QJsonObject({{u"name"_s, QJsonArray{u"VPN"_s, u"VPN access"_s}}}));
    verifyActor(change);

    QVERIFY(m_store->moveCategory(*id, *other, 0));
    change = last(Kind::Category, *id);
    QCOMPARE(change.action, Action::Moved);
    QCOMPARE(change.changes.value(u"parent"_s).toArray(),
             QJsonArray({QJsonValue(), QJsonValue(*other)}));
    QCOMPARE(change.changes.value(u"displayOrder"_s).toArray(), QJsonArray({0, 1}));

    const Category moved = *m_store->category(*id);
    QVERIFY(m_store->deleteCategory(*id));
    change = last(Kind::Category, *id);
    QCOMPARE(change.action, Action::Deleted);
    QCOMPARE(change.changes, CatalogChange::itemJson(moved));

    QVERIFY(m_store->restoreCategory(moved));
    change = last(Kind::Category, *id);
    QCOMPARE(change.action, Action::Restored);
    QCOMPARE(change.changes, CatalogChange::itemJson(moved));
    QCOMPARE(rowCount(), 6);
    QCOMPARE(m_store->history(Kind::Category, *id)->size(), 5);
}

void CatalogHistoryTest::recordsEachServiceChangeOnce()
{
    const auto first = m_store->createCategory({0, 0, u"Access"_s, {}, {}, 0});
    const auto second = m_store->createCategory({0, 0, u"Network"_s, {}, {}, 0});
    QVERIFY(first && second);
    Service service;
    service.categoryId = *first;
    service.name = u"VPN"_s;
    const auto id = m_store->createService(service);
    QVERIFY2(id, qPrintable(id.error()));
    CatalogChange change = last(Kind::Service, *id);
    QCOMPARE(change.action, Action::Created);
    QCOMPARE(change.changes, CatalogChange::itemJson(*m_store->service(*id)));
    verifyActor(change);

    service = *m_store->service(*id);
    service.requiresApproval = true;
    service.estimatedDelayAmount = 3;
    QVERIFY(m_store->updateService(service));
    change = last(Kind::Service, *id);
    QCOMPARE(change.action, Action::Changed);
    QCOMPARE(change.changes.keys(), QStringList({u"estimatedDelay"_s, u"requiresApproval"_s}));
    QCOMPARE(change.changes.value(u"requiresApproval"_s).toArray(), QJsonArray({false, true}));

    QVERIFY(m_store->moveService(*id, *second, 0));
    change = last(Kind::Service, *id);
    QCOMPARE(change.action, Action::Moved);
    QCOMPARE(change.changes.value(u"category"_s).toArray(), QJsonArray({*first, *second}));

    QVERIFY(m_store->deleteService(*id));
    QCOMPARE(last(Kind::Service, *id).action, Action::Deleted);
    QCOMPARE(m_store->history(Kind::Service, *id)->size(), 4);
    verifyActor(last(Kind::Service, *id));
}

void CatalogHistoryTest::recordsNothingForRefusedOrEmptyChanges()
{
    const auto id = m_store->createCategory({0, 0, u"Access"_s, {}, {}, 0});
    QVERIFY(id);
    Service service;
    service.categoryId = *id;
    service.name = u"VPN"_s;
    QVERIFY(m_store->createService(service));
    const qint64 before = rowCount();

    QVERIFY(!m_store->createCategory({0, 0, u"access"_s, {}, {}, 0}));
    QVERIFY(!m_store->deleteCategory(*id));
    QVERIFY(!m_store->createService(service));
    QVERIFY(!m_store->moveCategory(*id, *id, 0));
    Category unchanged = *m_store->category(*id);
    QVERIFY(m_store->updateCategory(unchanged));
    QCOMPARE(rowCount(), before);
}

void CatalogHistoryTest::recordsTheSystemWithoutSession()
{
    m_store->setSession(nullptr);
    const auto id = m_store->createCategory({0, 0, u"Access"_s, {}, {}, 0});
    QVERIFY(id);
    const CatalogChange change = last(Kind::Category, *id);
    QCOMPARE(change.actorId, 0);
    QCOMPARE(change.actorName, u"system"_s);
}

void CatalogHistoryTest::keepsTheActorNameWhenThePersonGoes()
{
    const auto id = m_store->createCategory({0, 0, u"Access"_s, {}, {}, 0});
    QVERIFY(id);
    QSqlQuery q = m_database->query();
    QVERIFY(q.exec(u"DELETE FROM people WHERE id = %1"_s.arg(m_session.personId())));

    const CatalogChange change = last(Kind::Category, *id);
    QCOMPARE(change.actorId, 0);
    QCOMPARE(change.actorName, u"Marie Dupont"_s);
}

void CatalogHistoryTest::recordsImports()
{
    const auto id = m_store->createCategory({0, 0, u"Access"_s, {}, {}, 0});
    QVERIFY(id);
    const qint64 before = rowCount();

    const QByteArray file = R"({"format": "kaliaops-catalog", "version": 1,
        "categories": [
          {"key": "access", "parent": null, "name": "Access", "description": "Doors",
           "icon": "", "displayOrder": 0},
          {"key": "net", "parent": null, "name": "Network", "description": "",
           "icon": "", "displayOrder": 1}],
        "services": [
          {"key": "vpn", "category": "net", "name": "VPN"}]})";
    CatalogImporter importer(*m_store);
    const auto plan = importer.plan(file, false);
    QVERIFY2(plan, qPrintable(plan.error()));
    QVERIFY(plan->canApply());
    const Status applied = importer.apply(*plan);
    QVERIFY2(applied, qPrintable(applied.error()));

    // One change of Access, one creation of Network and one of VPN.
    QCOMPARE(rowCount(), before + 3);
    const CatalogChange changed = last(Kind::Category, *id);
    QCOMPARE(changed.action, Action::Changed);
    QCOMPARE(changed.changes.value(u"description"_s).toArray(), QJsonArray({u""_s, u"Doors"_s}));
    verifyActor(changed);
    const auto services = m_store->services();
    QCOMPARE(services->size(), 1);
    QCOMPARE(last(Kind::Service, services->first().id).action, Action::Created);
}

void CatalogHistoryTest::describesChangesInWords()
{
    CatalogChangeText text;
    text.addCategory(4, u"Access"_s);
    text.directory().addTeam(7, u"Service desk"_s);

    CatalogChange change;
    change.kind = Kind::Service;
    change.action = Action::Changed;
    change.changes = {{u"name"_s, QJsonArray{u"VPN"_s, u"VPN access"_s}},
                      {u"category"_s, QJsonArray{4, 9}},
                      {u"fulfilmentTeam"_s, QJsonArray{QJsonValue(), 7}},
                      {u"active"_s, QJsonArray{true, false}}};
    QCOMPARE(text.lines(change),
             QStringList({u"Active: yes → no"_s, u"Category: Access → number 9"_s,
                          u"Fulfilment team: none → Service desk"_s, u"Name: VPN → VPN access"_s}));

    change.kind = Kind::Category;
    change.action = Action::Deleted;
    change.changes = CatalogChange::itemJson(Category{3, 4, u"Remote"_s, {}, {}, 1});
    QCOMPARE(text.lines(change), QStringList({u"Name: Remote"_s, u"Parent category: Access"_s}));
}

QTEST_GUILESS_MAIN(CatalogHistoryTest)
#include "tst_cataloghistory.moc"
