#include "TestDatabase.h"
#include "catalog/CatalogStore.h"
#include "people/PeopleStore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// The catalog's rules, through the store the window and the command line use,
// on every backend.
class CatalogStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createsTrimmedCategories_data() { TestDatabase::addBackendColumn(); }
    void createsTrimmedCategories();
    void refusesBadCategories_data() { TestDatabase::addBackendColumn(); }
    void refusesBadCategories();
    void refusesCycles_data() { TestDatabase::addBackendColumn(); }
    void refusesCycles();
    void reordersSiblings_data() { TestDatabase::addBackendColumn(); }
    void reordersSiblings();
    void refusesDeletingNonEmptyCategory_data() { TestDatabase::addBackendColumn(); }
    void refusesDeletingNonEmptyCategory();
    void roundTripsEveryServiceField_data() { TestDatabase::addBackendColumn(); }
    void roundTripsEveryServiceField();
    void refusesBadServices_data() { TestDatabase::addBackendColumn(); }
    void refusesBadServices();
    void versionsChangedForms_data() { TestDatabase::addBackendColumn(); }
    void versionsChangedForms();
    void movesServices_data() { TestDatabase::addBackendColumn(); }
    void movesServices();
    void keepsServicesWithHistory_data() { TestDatabase::addBackendColumn(); }
    void keepsServicesWithHistory();

private:
    qint64 addCategory(const QString &name, qint64 parentId = 0, int order = 0);
    QStringList childNames(qint64 parentId);

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CatalogStore> m_store;
};

void CatalogStoreTest::init()
{
    QFETCH(QString, backend);
    m_test = std::make_unique<TestDatabase>(backend);
    m_database = m_test->open();
    QVERIFY(m_database);
    m_store = std::make_unique<CatalogStore>(*m_database);
}

void CatalogStoreTest::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_test.reset();
}

qint64 CatalogStoreTest::addCategory(const QString &name, qint64 parentId, int order)
{
    Category category;
    category.name = name;
    category.parentId = parentId;
    category.displayOrder = order;
    const auto id = m_store->createCategory(category);
    if (!id)
        qWarning("%s", qPrintable(id.error()));
    return id ? *id : 0;
}

QStringList CatalogStoreTest::childNames(qint64 parentId)
{
    QStringList names;
    const auto categories = m_store->categories();
    for (const Category &category : *categories) {
        if (category.parentId == parentId)
            names << category.name;
    }
    return names;
}

void CatalogStoreTest::createsTrimmedCategories()
{
    QSignalSpy changed(m_store.get(), &CatalogStore::catalogChanged);
    Category category;
    category.name = u"  Matériel  "_s;
    category.description = u"Postes et périphériques"_s;
    category.icon = u"laptop"_s;
    category.displayOrder = 3;
    const auto id = m_store->createCategory(category);
    QVERIFY2(id, qPrintable(id.error()));
    QCOMPARE(changed.count(), 1);

    const auto stored = m_store->category(*id);
    QVERIFY(stored);
    QCOMPARE(stored->name, u"Matériel"_s);
    QCOMPARE(stored->description, category.description);
    QCOMPARE(stored->icon, u"laptop"_s);
    QCOMPARE(stored->displayOrder, 3);
    QCOMPARE(stored->parentId, 0);
}

void CatalogStoreTest::refusesBadCategories()
{
    const qint64 top = addCategory(u"Software"_s);
    const qint64 child = addCategory(u"Office"_s, top);
    QVERIFY(top && child);
    QSignalSpy changed(m_store.get(), &CatalogStore::catalogChanged);

    Category blank;
    blank.name = u"   "_s;
    QVERIFY(m_store->createCategory(blank).error().contains(u"needs a name"_s));

    Category topClash;
    topClash.name = u"SOFTWARE"_s;
    QVERIFY(m_store->createCategory(topClash).error().contains(u"already named"_s));

    Category childClash;
    childClash.name = u"office"_s;
    childClash.parentId = top;
    QVERIFY(m_store->createCategory(childClash).error().contains(u"already named"_s));

    Category orphan;
    orphan.name = u"Orphan"_s;
    orphan.parentId = 9999;
    QVERIFY(m_store->createCategory(orphan).error().contains(u"does not exist"_s));

    // The same name is fine under another parent.
    QVERIFY(addCategory(u"Office"_s) > 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_store->categories()->size(), 3);
}

void CatalogStoreTest::refusesCycles()
{
    const qint64 a = addCategory(u"A"_s);
    const qint64 b = addCategory(u"B"_s, a);
    const qint64 c = addCategory(u"C"_s, b);

    QVERIFY(m_store->moveCategory(a, c, 0).error().contains(u"under itself"_s));
    QVERIFY(m_store->moveCategory(a, a, 0).error().contains(u"under itself"_s));
    auto edited = *m_store->category(b);
    edited.parentId = c;
    QVERIFY(m_store->updateCategory(edited).error().contains(u"under itself"_s));
    QCOMPARE(m_store->category(a)->parentId, 0);
    QCOMPARE(m_store->category(b)->parentId, a);

    // Moving a leaf up is fine.
    QVERIFY(m_store->moveCategory(c, 0, 0));
    QCOMPARE(m_store->category(c)->parentId, 0);
}

void CatalogStoreTest::reordersSiblings()
{
    addCategory(u"First"_s, 0, 1);
    addCategory(u"Second"_s, 0, 2);
    const qint64 third = addCategory(u"Third"_s, 0, 3);
    QCOMPARE(childNames(0), (QStringList{u"First"_s, u"Second"_s, u"Third"_s}));

    QVERIFY(m_store->moveCategory(third, 0, 0));
    QCOMPARE(childNames(0), (QStringList{u"Third"_s, u"First"_s, u"Second"_s}));
    QCOMPARE(m_store->category(third)->displayOrder, 1);

    QVERIFY(m_store->moveCategory(third, 0, 99));
    QCOMPARE(childNames(0), (QStringList{u"First"_s, u"Second"_s, u"Third"_s}));
}

void CatalogStoreTest::refusesDeletingNonEmptyCategory()
{
    const qint64 top = addCategory(u"Equipment"_s);
    const qint64 child = addCategory(u"Screens"_s, top);
    Service service;
    service.categoryId = top;
    service.name = u"Extra screen"_s;
    QVERIFY(m_store->createService(service));

    const Status refused = m_store->deleteCategory(top);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"1 sub-category"_s), qPrintable(refused.error()));
    QVERIFY(refused.error().contains(u"1 service"_s));
    QVERIFY(m_store->category(top));

    QVERIFY(m_store->deleteCategory(child));
    QVERIFY(!m_store->category(child));
}

void CatalogStoreTest::roundTripsEveryServiceField()
{
    PeopleStore people(*m_database);
    const auto team = people.createTeam({0, u"Service desk"_s, 0});
    Person approver;
    approver.login = u"mdupont"_s;
    approver.displayName = u"Marie Dupont"_s;
    const auto approverId = people.createPerson(approver);
    QVERIFY(team && approverId);
    qint64 policyId = 0;
    {
        // The database starts with its default calendars.
        QSqlQuery q = m_database->query();
        QVERIFY(q.exec(u"INSERT INTO sla_policies (name, calendar_id) "
                       "SELECT 'Standard', MIN(id) FROM calendars RETURNING id"_s));
        QVERIFY(q.next());
        policyId = q.value(0).toLongLong();
    }

    Service service;
    service.categoryId = addCategory(u"Access"_s);
    service.name = u"VPN access"_s;
    service.description = u"Remote access to the internal network."_s;
    service.keywords = {u"vpn"_s, u"remote"_s, u"télétravail"_s};
    service.icon = u"vpn"_s;
    service.displayOrder = 4;
    service.active = false;
    service.requiresApproval = true;
    service.approverRule = Service::ApproverRule::Designated;
    service.designatedApproverId = *approverId;
    service.fulfilmentTeamId = *team;
    service.estimatedDelayAmount = 6;
    service.estimatedDelayUnit = Service::DelayUnit::Hours;
    service.slaPolicyId = policyId;
    service.formSchema = {{u"fields"_s, QJsonArray{QJsonObject{{u"key"_s, u"reason"_s},
                                                               {u"type"_s, u"text"_s},
                                                               {u"label"_s, u"Reason"_s}}}}};

    const auto id = m_store->createService(service);
    QVERIFY2(id, qPrintable(id.error()));
    service.id = *id;
    QCOMPARE(*m_store->service(*id), service);
}

void CatalogStoreTest::refusesBadServices()
{
    const qint64 category = addCategory(u"Access"_s);
    Service existing;
    existing.categoryId = category;
    existing.name = u"Password reset"_s;
    QVERIFY(m_store->createService(existing));
    QSignalSpy changed(m_store.get(), &CatalogStore::catalogChanged);

    Service service = existing;
    service.name = u"PASSWORD RESET"_s;
    QVERIFY(m_store->createService(service).error().contains(u"already named"_s));

    service.name = u" "_s;
    QVERIFY(m_store->createService(service).error().contains(u"needs a name"_s));

    service.name = u"New account"_s;
    service.estimatedDelayAmount = -2;
    QVERIFY(m_store->createService(service).error().contains(u"positive"_s));

    service.estimatedDelayAmount = 1;
    service.requiresApproval = true;
    service.approverRule = Service::ApproverRule::Designated;
    QVERIFY(m_store->createService(service).error().contains(u"designated approver"_s));

    service.approverRule = Service::ApproverRule::Manager;
    service.fulfilmentTeamId = 42;
    QVERIFY(m_store->createService(service).error().contains(u"team"_s));

    service.fulfilmentTeamId = 0;
    service.formSchema = {
        {u"fields"_s, QJsonArray{QJsonObject{{u"key"_s, u"x"_s}, {u"type"_s, u"hologram"_s}}}}};
    const QString badForm = m_store->createService(service).error();
    QVERIFY2(badForm.contains(u"form is not valid"_s) && badForm.contains(u"fields[0]"_s),
             qPrintable(badForm));

    service.formSchema = Service::emptyFormSchema();
    service.categoryId = 777;
    QVERIFY(m_store->createService(service).error().contains(u"does not exist"_s));

    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_store->services()->size(), 1);
}

void CatalogStoreTest::versionsChangedForms()
{
    Service service;
    service.categoryId = addCategory(u"Equipment"_s);
    service.name = u"New PC"_s;
    const auto id = m_store->createService(service);
    QVERIFY(id);

    auto stored = *m_store->service(*id);
    QCOMPARE(stored.formVersion, 1);
    stored.description = u"A description change keeps the form version."_s;
    QVERIFY(m_store->updateService(stored));
    QCOMPARE(m_store->service(*id)->formVersion, 1);

    stored.formSchema = {{u"fields"_s, QJsonArray{QJsonObject{{u"key"_s, u"model"_s},
                                                              {u"type"_s, u"text"_s},
                                                              {u"label"_s, u"Model"_s}}}}};
    QVERIFY(m_store->updateService(stored));
    QCOMPARE(m_store->service(*id)->formVersion, 2);

    QSqlQuery q = m_database->query();
    QVERIFY(q.exec(u"SELECT version FROM form_versions ORDER BY version"_s));
    QVERIFY(q.next() && q.value(0).toInt() == 1);
    QVERIFY(q.next() && q.value(0).toInt() == 2);
    QVERIFY(!q.next());
}

void CatalogStoreTest::movesServices()
{
    const qint64 from = addCategory(u"From"_s);
    const qint64 to = addCategory(u"To"_s);
    Service service;
    service.categoryId = from;
    service.name = u"Mover"_s;
    const auto moving = m_store->createService(service);
    service.categoryId = to;
    service.name = u"Resident"_s;
    QVERIFY(moving && m_store->createService(service));

    QVERIFY(m_store->moveService(*moving, to, 0));
    const auto services = *m_store->services();
    QCOMPARE(services.size(), 2);
    QCOMPARE(services[0].name, u"Mover"_s);
    QCOMPARE(services[0].categoryId, to);
    QCOMPARE(services[0].displayOrder, 1);
    QCOMPARE(services[1].displayOrder, 2);

    // A service named like one already in the target category stays put.
    service.categoryId = from;
    service.name = u"Mover"_s;
    const auto twin = m_store->createService(service);
    QVERIFY(twin);
    QVERIFY(m_store->moveService(*twin, to, 0).error().contains(u"already named"_s));
    QCOMPARE(m_store->service(*twin)->categoryId, from);
}

void CatalogStoreTest::keepsServicesWithHistory()
{
    PeopleStore people(*m_database);
    Person requester;
    requester.login = u"jdoe"_s;
    requester.displayName = u"Jane Doe"_s;
    const auto requesterId = people.createPerson(requester);
    Service service;
    service.categoryId = addCategory(u"Access"_s);
    service.name = u"Password reset"_s;
    const auto id = m_store->createService(service);
    QVERIFY(requesterId && id);
    {
        QSqlQuery q = m_database->query();
        q.prepare(u"INSERT INTO service_requests (tracking_number, service_id, requester_id) "
                  "VALUES ('REQ-1', ?, ?)"_s);
        q.addBindValue(*id);
        q.addBindValue(*requesterId);
        QVERIFY(q.exec());
    }

    const Status refused = m_store->deleteService(*id);
    QVERIFY2(refused.error().contains(u"deactivate"_s), qPrintable(refused.error()));
    QVERIFY(m_store->service(*id));
}

QTEST_GUILESS_MAIN(CatalogStoreTest)
#include "tst_catalogstore.moc"
