#include "TestDatabase.h"
#include "catalog/CatalogExporter.h"
#include "catalog/CatalogImporter.h"
#include "catalog/CatalogJson.h"
#include "catalog/CatalogStore.h"
#include "people/PeopleStore.h"

#include <QDir>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// Export and import through a real database, on every backend: round trips,
// refusals that leave the database as it was, and the plan the preview shows.
class CatalogImportTest : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsThroughAnEmptyDatabase_data() { TestDatabase::addBackendColumn(); }
    void roundTripsThroughAnEmptyDatabase();
    void importsTheSampleFileExactly_data() { TestDatabase::addBackendColumn(); }
    void importsTheSampleFileExactly();
    void refusesBadFilesWithoutWriting_data() { TestDatabase::addBackendColumn(); }
    void refusesBadFilesWithoutWriting();
    void refusesUnknownDirectoryNames_data();
    void refusesUnknownDirectoryNames();
    void plansAdditionsChangesAndRemovals_data() { TestDatabase::addBackendColumn(); }
    void plansAdditionsChangesAndRemovals();
    void replaceRemovesWhatTheFileLacks_data() { TestDatabase::addBackendColumn(); }
    void replaceRemovesWhatTheFileLacks();
    void refusesRemovingServicesWithRequests_data() { TestDatabase::addBackendColumn(); }
    void refusesRemovingServicesWithRequests();
    void rollsBackWhenATableRefuses_data() { TestDatabase::addBackendColumn(); }
    void rollsBackWhenATableRefuses();
    void refusesAStalePlan_data() { TestDatabase::addBackendColumn(); }
    void refusesAStalePlan();

private:
    struct Directory
    {
        qint64 approverId = 0;
        qint64 teamId = 0;
        qint64 policyId = 0;
    };

    static Directory addDirectory(const Database &database);
    static void buildCatalog(CatalogStore &store, const Directory &directory);
    static QByteArray exportOf(const Database &database);
    static CatalogDocument documentOf(const Database &database);
    static QByteArray fixture(const QString &name);
    static qint64 insert(const Database &database, const QString &sql, const QVariantList &values);
};

qint64 CatalogImportTest::insert(const Database &database, const QString &sql,
                                 const QVariantList &values)
{
    QSqlQuery q = database.query();
    q.prepare(sql + u" RETURNING id"_s);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        qFatal("%s", qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

// The people, team and SLA policy the catalog names. No SLA store exists yet,
// so the policy and its calendar are plain rows.
CatalogImportTest::Directory CatalogImportTest::addDirectory(const Database &database)
{
    PeopleStore people(database);
    Directory directory;
    Person approver;
    approver.login = u"imoreau"_s;
    approver.displayName = u"Inès Moreau"_s;
    directory.approverId = people.createPerson(approver).value();
    directory.teamId = people.createTeam({0, u"Service desk"_s, directory.approverId}).value();
    const qint64 calendar =
        insert(database, u"INSERT INTO calendars (name) VALUES (?)"_s, {u"Import test hours"_s});
    directory.policyId =
        insert(database, u"INSERT INTO sla_policies (name, calendar_id) VALUES (?, ?)"_s,
               {u"Import test policy"_s, calendar});
    return directory;
}

void CatalogImportTest::buildCatalog(CatalogStore &store, const Directory &directory)
{
    const auto category = [&](const QString &name, qint64 parentId, int order) {
        return store.createCategory({0, parentId, name, name + u" things."_s, u"box"_s, order})
            .value();
    };
    const qint64 hardware = category(u"Hardware"_s, 0, 1);
    const qint64 laptops = category(u"Laptops"_s, hardware, 1);
    const qint64 docks = category(u"Docks"_s, laptops, 1);
    category(u"Screens"_s, hardware, 2);
    const qint64 access = category(u"Accès & identité"_s, 0, 2);

    Service laptop;
    laptop.categoryId = laptops;
    laptop.name = u"New laptop"_s;
    laptop.description = u"A laptop for a newcomer."_s;
    laptop.keywords = {u"laptop"_s, u"pc"_s};
    laptop.icon = u"laptop"_s;
    laptop.displayOrder = 1;
    laptop.requiresApproval = true;
    laptop.approverRule = Service::ApproverRule::Designated;
    laptop.designatedApproverId = directory.approverId;
    laptop.fulfilmentTeamId = directory.teamId;
    laptop.estimatedDelayAmount = 3;
    laptop.estimatedDelayUnit = Service::DelayUnit::Hours;
    laptop.slaPolicyId = directory.policyId;
    laptop.formSchema =
        QJsonObject{{u"fields"_s, QJsonArray{QJsonObject{{u"key"_s, u"count"_s},
                                                         {u"type"_s, u"number"_s},
                                                         {u"label"_s, u"How many?"_s},
                                                         {u"required"_s, true},
                                                         {u"max"_s, 2.5}}}}};
    QVERIFY(store.createService(laptop));

    Service dock;
    dock.categoryId = docks;
    dock.name = u"Dock"_s;
    dock.active = false;
    dock.requiresApproval = true;
    dock.approverRule = Service::ApproverRule::TeamLead;
    QVERIFY(store.createService(dock));

    Service reset;
    reset.categoryId = access;
    reset.name = u"Password reset"_s;
    reset.estimatedDelayAmount = 1;
    QVERIFY(store.createService(reset));
}

QByteArray CatalogImportTest::exportOf(const Database &database)
{
    const auto json = CatalogExporter(database).toJson();
    if (!json)
        qFatal("%s", qPrintable(json.error()));
    return *json;
}

CatalogDocument CatalogImportTest::documentOf(const Database &database)
{
    return CatalogExporter(database).document().value();
}

QByteArray CatalogImportTest::fixture(const QString &name)
{
    QFile file(QStringLiteral(KALIAOPS_TEST_DATA) + u"/catalog/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

void CatalogImportTest::roundTripsThroughAnEmptyDatabase()
{
    QFETCH(QString, backend);
    TestDatabase source(backend);
    const auto sourceDb = source.open();
    QVERIFY(sourceDb);
    CatalogStore sourceStore(*sourceDb);
    buildCatalog(sourceStore, addDirectory(*sourceDb));
    const QByteArray exported = exportOf(*sourceDb);

    // Other ids in the target: the file must name people, not number them.
    TestDatabase target(backend);
    const auto targetDb = target.open();
    QVERIFY(targetDb);
    Person first;
    first.login = u"first"_s;
    first.displayName = u"First"_s;
    QVERIFY(PeopleStore(*targetDb).createPerson(first));
    addDirectory(*targetDb);
    CatalogStore targetStore(*targetDb);
    CatalogImporter importer(targetStore);

    const auto plan = importer.plan(exported, false);
    QVERIFY2(plan && plan->canApply(),
             qPrintable(plan ? plan->problems.value(0).text() : plan.error()));
    QCOMPARE(plan->addedCategories.size(), 5);
    QCOMPARE(plan->addedServices.size(), 3);
    QVERIFY(plan->changedCategories.isEmpty() && plan->changedServices.isEmpty());
    QVERIFY(importer.apply(*plan));

    QCOMPARE(exportOf(*targetDb), exported);
    const auto again = importer.plan(exported, true);
    QVERIFY(again && again->canApply());
    QVERIFY(!again->hasChanges());
}

void CatalogImportTest::importsTheSampleFileExactly()
{
    QFETCH(QString, backend);
    TestDatabase test(backend);
    const auto database = test.open();
    QVERIFY(database);
    CatalogStore store(*database);
    CatalogImporter importer(store);

    const QByteArray sample = fixture(u"sample.json"_s);
    const auto plan = importer.plan(sample, false);
    QVERIFY(plan && plan->canApply());
    QVERIFY(importer.apply(*plan));
    QCOMPARE(exportOf(*database), sample);
}

void CatalogImportTest::refusesBadFilesWithoutWriting()
{
    QFETCH(QString, backend);
    TestDatabase test(backend);
    const auto database = test.open();
    QVERIFY(database);
    CatalogStore store(*database);
    buildCatalog(store, addDirectory(*database));
    const QByteArray before = exportOf(*database);
    CatalogImporter importer(store);
    QSignalSpy changed(&store, &CatalogStore::catalogChanged);

    const QDir folder(QStringLiteral(KALIAOPS_TEST_DATA) + u"/catalog/bad"_s);
    const QStringList files = folder.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 16);
    for (const QString &file : files) {
        for (const bool replace : {false, true}) {
            const auto plan = importer.plan(fixture(u"bad/"_s + file), replace);
            QVERIFY2(plan, qPrintable(file));
            QVERIFY2(!plan->canApply(), qPrintable(file));
            QVERIFY2(!importer.apply(*plan), qPrintable(file));
        }
    }
    QCOMPARE(exportOf(*database), before);
    QCOMPARE(changed.count(), 0);
}

void CatalogImportTest::refusesUnknownDirectoryNames_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("member");
    QTest::addColumn<QString>("name");
    QStringList backends = {u"sqlite"_s};
    if (TestDatabase::postgresAvailable())
        backends << u"postgresql"_s;
    for (const QString &backend : backends) {
        for (const QString &member :
             {u"designatedApprover"_s, u"fulfilmentTeam"_s, u"slaPolicy"_s}) {
            QTest::addRow("%s %s", qPrintable(backend), qPrintable(member))
                << backend << member << u"nobody"_s;
        }
    }
}

void CatalogImportTest::refusesUnknownDirectoryNames()
{
    QFETCH(QString, backend);
    QFETCH(QString, member);
    QFETCH(QString, name);
    TestDatabase test(backend);
    const auto database = test.open();
    QVERIFY(database);
    CatalogStore store(*database);
    buildCatalog(store, addDirectory(*database));
    const QByteArray before = exportOf(*database);

    // The laptop service names all three; point one of them nowhere.
    CatalogDocument document = documentOf(*database);
    const auto laptop =
        std::find_if(document.services.begin(), document.services.end(),
                     [](const auto &entry) { return entry.service.name == u"New laptop"_s; });
    QVERIFY(laptop != document.services.end());
    const qsizetype index = laptop - document.services.begin();
    if (member == u"designatedApprover"_s)
        laptop->designatedApprover = name;
    else if (member == u"fulfilmentTeam"_s)
        laptop->fulfilmentTeam = name;
    else
        laptop->slaPolicy = name;

    CatalogImporter importer(store);
    const auto plan = importer.plan(CatalogJson::write(document), false);
    QVERIFY(plan);
    QCOMPARE(plan->problems.size(), 1);
    QCOMPARE(plan->problems.first().place, u"services[%1].%2"_s.arg(index).arg(member));
    QVERIFY2(plan->problems.first().message.contains(u"\"nobody\""_s),
             qPrintable(plan->problems.first().message));
    QVERIFY(!importer.apply(*plan));
    QCOMPARE(exportOf(*database), before);
}

namespace {

qsizetype indexOf(const QList<CatalogDocument::CategoryEntry> &entries, const QString &name)
{
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).category.name == name)
            return i;
    }
    return -1;
}

qsizetype indexOf(const QList<CatalogDocument::ServiceEntry> &entries, const QString &name)
{
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).service.name == name)
            return i;
    }
    return -1;
}

QStringList pathsOf(const QList<CatalogImportPlan::Change> &changes)
{
    QStringList paths;
    for (const auto &change : changes)
        paths << change.pathText();
    return paths;
}

// The catalog of buildCatalog() with one of each kind of change: Screens
// described anew, Phones and its Headset added, the laptop's keywords and
// form changed, Docks and its Dock left out.
CatalogDocument editedDocument(CatalogDocument document)
{
    document.categories[indexOf(document.categories, u"Screens"_s)].category.description =
        u"Bigger screens."_s;
    Category phones;
    phones.name = u"Phones"_s;
    document.categories.append({u"phones"_s, u"hardware"_s, phones});

    Service &laptop = document.services[indexOf(document.services, u"New laptop"_s)].service;
    laptop.keywords = {u"notebook"_s};
    laptop.formSchema = Service::emptyFormSchema();
    Service headset;
    headset.name = u"Headset"_s;
    document.services.append({u"headset"_s, u"phones"_s, headset, {}, {}, {}});

    document.services.removeAt(indexOf(document.services, u"Dock"_s));
    document.categories.removeAt(indexOf(document.categories, u"Docks"_s));
    return document;
}

} // namespace

void CatalogImportTest::plansAdditionsChangesAndRemovals()
{
    QFETCH(QString, backend);
    TestDatabase test(backend);
    const auto database = test.open();
    QVERIFY(database);
    CatalogStore store(*database);
    buildCatalog(store, addDirectory(*database));
    const QByteArray before = exportOf(*database);
    const CatalogDocument document = editedDocument(documentOf(*database));
    CatalogImporter importer(store);

    const auto keep = importer.plan(document, false);
    QVERIFY(keep && keep->canApply());
    QCOMPARE(pathsOf(keep->addedCategories), QStringList{u"Hardware / Phones"_s});
    QCOMPARE(pathsOf(keep->changedCategories), QStringList{u"Hardware / Screens"_s});
    QCOMPARE(keep->changedCategories.first().fields, QStringList{u"description"_s});
    QCOMPARE(keep->changedCategories.first().place,
             u"categories[%1]"_s.arg(indexOf(document.categories, u"Screens"_s)));
    QCOMPARE(pathsOf(keep->addedServices), QStringList{u"Hardware / Phones / Headset"_s});
    QCOMPARE(keep->addedServices.first().place,
             u"services[%1]"_s.arg(document.services.size() - 1));
    QCOMPARE(pathsOf(keep->changedServices), QStringList{u"Hardware / Laptops / New laptop"_s});
    QCOMPARE(keep->changedServices.first().fields, (QStringList{u"keywords"_s, u"form"_s}));
    QVERIFY(keep->removedCategories.isEmpty() && keep->removedServices.isEmpty());

    const auto replace = importer.plan(document, true);
    QVERIFY(replace && replace->canApply());
    QCOMPARE(pathsOf(replace->removedServices),
             QStringList{u"Hardware / Laptops / Docks / Dock"_s});
    QCOMPARE(pathsOf(replace->removedCategories), QStringList{u"Hardware / Laptops / Docks"_s});
    QCOMPARE(replace->summary(), (QStringList{u"Categories: 1 added, 1 changed, 1 removed."_s,
                                              u"Services: 1 added, 1 changed, 1 removed."_s}));

    // Planning writes nothing.
    QCOMPARE(exportOf(*database), before);
}

void CatalogImportTest::replaceRemovesWhatTheFileLacks()
{
    QFETCH(QString, backend);
    TestDatabase test(backend);
    const auto database = test.open();
    QVERIFY(database);
    CatalogStore store(*database);
    buildCatalog(store, addDirectory(*database));
    const CatalogDocument document = editedDocument(documentOf(*database));
    CatalogImporter importer(store);
    QSignalSpy changed(&store, &CatalogStore::catalogChanged);

    // Without replace, what the file lacks stays.
    QVERIFY(importer.apply(importer.plan(document, false).value()));
    QCOMPARE(changed.count(), 1);
    QStringList names;
    const QList<Category> afterKeep = store.categories().value();
    for (const Category &category : afterKeep)
        names << category.name;
    QVERIFY(names.contains(u"Docks"_s) && names.contains(u"Phones"_s));

    QVERIFY(importer.apply(importer.plan(document, true).value()));
    QCOMPARE(changed.count(), 2);
    names.clear();
    const QList<Category> afterReplace = store.categories().value();
    for (const Category &category : afterReplace)
        names << category.name;
    QVERIFY(!names.contains(u"Docks"_s));
    names.clear();
    const QList<Service> services = store.services().value();
    for (const Service &service : services) {
        names << service.name;
        if (service.name == u"New laptop"_s) {
            QCOMPARE(service.keywords, QStringList{u"notebook"_s});
            QCOMPARE(service.formVersion, 2); // a changed form is a new version
        }
    }
    QCOMPARE(names.size(), 3);
    QVERIFY(!names.contains(u"Dock"_s) && names.contains(u"Headset"_s));

    // The catalog now matches the file.
    const auto again = importer.plan(document, true);
    QVERIFY(again && !again->hasChanges());
}

void CatalogImportTest::refusesRemovingServicesWithRequests()
{
    QFETCH(QString, backend);
    TestDatabase test(backend);
    const auto database = test.open();
    QVERIFY(database);
    CatalogStore store(*database);
    const Directory directory = addDirectory(*database);
    buildCatalog(store, directory);
    qint64 dockId = 0;
    const QList<Service> services = store.services().value();
    for (const Service &service : services)
        dockId = service.name == u"Dock"_s ? service.id : dockId;
    insert(*database,
           u"INSERT INTO service_requests (tracking_number, service_id, requester_id) "
           "VALUES (?, ?, ?)"_s,
           {u"REQ-1"_s, dockId, directory.approverId});
    const QByteArray before = exportOf(*database);
    const CatalogDocument document = editedDocument(documentOf(*database));
    CatalogImporter importer(store);

    const auto plan = importer.plan(document, true);
    QVERIFY(plan);
    QCOMPARE(plan->problems.size(), 1);
    QCOMPARE(plan->problems.first().place, u"Hardware / Laptops / Docks / Dock"_s);
    QVERIFY(plan->problems.first().message.contains(u"requests"_s));
    const Status refused = importer.apply(*plan);
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(u"Dock"_s));
    QCOMPARE(exportOf(*database), before);

    // Without replace nothing is removed, so nothing stands in the way.
    QVERIFY(importer.apply(importer.plan(document, false).value()));
}

void CatalogImportTest::rollsBackWhenATableRefuses()
{
    QFETCH(QString, backend);
    TestDatabase test(backend);
    const auto database = test.open();
    QVERIFY(database);
    CatalogStore store(*database);
    buildCatalog(store, addDirectory(*database));
    const QByteArray before = exportOf(*database);

    // A document made in code skips the file's checks; the table's rules
    // still refuse the nameless category, after the first one was written.
    CatalogDocument document = documentOf(*database);
    Category fine;
    fine.name = u"Fine"_s;
    document.categories.append({u"fine"_s, QString(), fine});
    document.categories.append({u"nameless"_s, u"fine"_s, Category()});
    CatalogImporter importer(store);
    const auto plan = importer.plan(document, false);
    QVERIFY(plan && plan->canApply());

    const Status refused = importer.apply(*plan);
    QVERIFY(!refused);
    QVERIFY2(refused.error().startsWith(u"categories[%1]: "_s.arg(document.categories.size() - 1)),
             qPrintable(refused.error()));
    QCOMPARE(exportOf(*database), before);
}

void CatalogImportTest::refusesAStalePlan()
{
    QFETCH(QString, backend);
    TestDatabase test(backend);
    const auto database = test.open();
    QVERIFY(database);
    CatalogStore store(*database);
    buildCatalog(store, addDirectory(*database));
    const CatalogDocument document = editedDocument(documentOf(*database));
    CatalogImporter importer(store);
    const auto plan = importer.plan(document, true);
    QVERIFY(plan && plan->canApply());

    // Someone else changes a service the plan would have left alone.
    Service reset;
    const QList<Service> services = store.services().value();
    for (const Service &service : services)
        reset = service.name == u"Password reset"_s ? service : reset;
    reset.description = u"Changed meanwhile."_s;
    QVERIFY(store.updateService(reset));
    const QByteArray before = exportOf(*database);

    const Status refused = importer.apply(*plan);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"changed"_s), qPrintable(refused.error()));
    QCOMPARE(exportOf(*database), before);
}

QTEST_GUILESS_MAIN(CatalogImportTest)
#include "tst_catalogimport.moc"
