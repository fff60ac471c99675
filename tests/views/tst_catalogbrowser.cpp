#include "TestDatabase.h"
#include "catalog/CatalogBrowser.h"
#include "catalog/CatalogStore.h"
#include "catalog/CatalogTreeModel.h"
#include "common/EmptyState.h"
#include "people/PeopleStore.h"
#include "sla/CalendarStore.h"
#include "sla/SlaPolicyStore.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

// A small catalog: Equipment › Workstation › New PC (approved by a designated
// person, fulfilled by a team), and Access › VPN access.
struct Catalog
{
    qint64 equipment = 0;
    qint64 workstation = 0;
    qint64 access = 0;
    qint64 newPc = 0;
    qint64 vpn = 0;
};

// A policy on the default "Office hours" (9 working hours a day) whose
// normal requests are resolved within 18 business hours: two working days.
qint64 createSlaPolicy(const Database &database, const QString &name)
{
    if (!CalendarStore::ensureDefaults(database, 2026))
        return 0;
    const auto office = CalendarStore(database).calendarNamed(u"Office hours"_s);
    if (!office)
        return 0;
    SlaPolicy policy;
    policy.name = name;
    policy.calendarId = office->id();
    policy.target(Priority::Level::Normal) = {4 * 60, 18 * 60};
    const auto id = SlaPolicyStore(database).createPolicy(policy);
    return id ? *id : 0;
}

Catalog buildCatalog(CatalogStore &store, PeopleStore &people)
{
    Catalog ids;
    const qint64 team = *people.createTeam({0, u"Service desk"_s, 0});
    Person approver;
    approver.login = u"amartin"_s;
    approver.displayName = u"Alice Martin"_s;
    const qint64 alice = *people.createPerson(approver);

    ids.equipment = *store.createCategory(
        {0, 0, u"Equipment"_s, u"Computers and everything around them."_s, u"laptop"_s, 1});
    ids.workstation = *store.createCategory(
        {0, ids.equipment, u"Workstation"_s, u"Desktops and laptops."_s, u"desktop"_s, 1});
    ids.access = *store.createCategory({0, 0, u"Access"_s, {}, u"key"_s, 2});

    Service pc;
    pc.categoryId = ids.workstation;
    pc.name = u"New PC"_s;
    pc.description = u"A new computer, set up and delivered to your desk."_s;
    pc.keywords = {u"computer"_s, u"laptop"_s};
    pc.requiresApproval = true;
    pc.approverRule = Service::ApproverRule::Designated;
    pc.designatedApproverId = alice;
    pc.fulfilmentTeamId = team;
    pc.estimatedDelayAmount = 5;
    ids.newPc = *store.createService(pc);

    Service vpn;
    vpn.categoryId = ids.access;
    vpn.name = u"VPN access"_s;
    vpn.keywords = {u"remote"_s, u"home"_s};
    vpn.slaPolicyId = createSlaPolicy(store.database(), u"Standard support"_s);
    ids.vpn = *store.createService(vpn);
    return ids;
}

QString labelText(const QWidget &root, const QString &objectName)
{
    const auto *label = root.findChild<QLabel *>(objectName);
    return label ? label->text() : u"<no %1>"_s.arg(objectName);
}

// Clicks the row of the tree whose text is name, as a person would.
bool clickRow(QTreeView &tree, const QString &name)
{
    const QModelIndexList found = tree.model()->match(
        tree.model()->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty())
        return false;
    tree.scrollTo(found.first());
    const QRect rect = tree.visualRect(found.first());
    if (!rect.isValid())
        return false;
    QTest::mouseClick(tree.viewport(), Qt::LeftButton, {}, rect.center());
    return true;
}

} // namespace

class CatalogBrowserTest : public QObject
{
    Q_OBJECT

private slots:
    void showsSelectedItem_data() { TestDatabase::addBackendColumn(); }
    void showsSelectedItem();
    void filtersByNameAndKeyword_data() { TestDatabase::addBackendColumn(); }
    void filtersByNameAndKeyword();
    void followsStoreChanges_data() { TestDatabase::addBackendColumn(); }
    void followsStoreChanges();
    void emptyCatalog();
    void presentsIconsAndInactiveServices();
};

void CatalogBrowserTest::showsSelectedItem()
{
    QFETCH(QString, backend);
    TestDatabase db(backend);
    const auto database = db.open();
    QVERIFY(database);
    CatalogStore store(*database);
    PeopleStore people(*database);
    const Catalog ids = buildCatalog(store, people);

    CatalogBrowser browser(store, people);
    browser.resize(1000, 600);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    auto *tree = browser.findChild<QTreeView *>(u"catalogTree"_s);
    QVERIFY(tree);
    QAbstractItemModelTester tester(tree->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Nothing selected yet.
    QCOMPARE(labelText(browser, u"emptyStateTitle"_s), u"Select a category or a service"_s);

    // A service: name, where it lives, who approves, who delivers.
    tree->expandAll();
    QVERIFY(clickRow(*tree, u"New PC"_s));
    QCOMPARE(labelText(browser, u"detailTitle"_s), u"New PC"_s);
    QCOMPARE(labelText(browser, u"detailSubtitle"_s), u"Service in Equipment › Workstation"_s);
    QCOMPARE(labelText(browser, u"detailDescription"_s),
             u"A new computer, set up and delivered to your desk."_s);
    QCOMPARE(labelText(browser, u"detailApproval"_s), u"Required: Designated person"_s);
    QCOMPARE(labelText(browser, u"detailApprover"_s), u"Alice Martin"_s);
    QCOMPARE(labelText(browser, u"detailTeam"_s), u"Service desk"_s);
    QCOMPARE(labelText(browser, u"detailKeywords"_s), u"computer, laptop"_s);
    QCOMPARE(labelText(browser, u"detailSla"_s), u"None"_s);
    QCOMPARE(labelText(browser, u"detailCommitment"_s),
             u"Usually done within 5 day(s) (an estimate)"_s);
    QVERIFY(labelText(browser, u"detailForm"_s).startsWith(u"Version 1, 0 field"_s));

    // A category: its description and what it holds.
    QVERIFY(clickRow(*tree, u"Equipment"_s));
    QCOMPARE(labelText(browser, u"detailTitle"_s), u"Equipment"_s);
    QCOMPARE(labelText(browser, u"detailSubtitle"_s), u"Top-level category"_s);
    QCOMPARE(labelText(browser, u"detailDescription"_s),
             u"Computers and everything around them."_s);
    QCOMPARE(labelText(browser, u"detailSubcategories"_s), u"Workstation"_s);
    QCOMPARE(labelText(browser, u"detailServices"_s), u"None"_s);
    QVERIFY(labelText(browser, u"detailAllServices"_s).startsWith(u"1 service"_s));

    // A service without approval, in a category without description.
    QVERIFY(browser.selectService(ids.vpn));
    QCOMPARE(labelText(browser, u"detailApproval"_s), u"Not required"_s);
    QCOMPARE(labelText(browser, u"detailSla"_s), u"Standard support"_s);
    QCOMPARE(labelText(browser, u"detailCommitment"_s), u"Resolved within 2 business day(s)"_s);
    QVERIFY(browser.findChild<QLabel *>(u"detailApprover"_s) == nullptr);
    QVERIFY(browser.selectCategory(ids.access));
    QCOMPARE(labelText(browser, u"detailDescription"_s), u"No description yet."_s);
    QVERIFY(!browser.selectService(ids.vpn + 1000));
}

void CatalogBrowserTest::filtersByNameAndKeyword()
{
    QFETCH(QString, backend);
    TestDatabase db(backend);
    const auto database = db.open();
    QVERIFY(database);
    CatalogStore store(*database);
    PeopleStore people(*database);
    const Catalog ids = buildCatalog(store, people);

    CatalogBrowser browser(store, people);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    auto *tree = browser.findChild<QTreeView *>(u"catalogTree"_s);
    auto *filter = browser.findChild<QLineEdit *>(u"catalogFilter"_s);
    QVERIFY(tree && filter);
    QAbstractItemModelTester tester(tree->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    // A keyword of VPN access, in another case: only Access › VPN access stays.
    QTest::keyClicks(filter, u"REMOTE"_s);
    QCOMPARE(tree->model()->rowCount(), 1);
    const QModelIndex access = tree->model()->index(0, 0);
    QCOMPARE(access.data().toString(), u"Access"_s);
    QCOMPARE(tree->model()->index(0, 0, access).data().toString(), u"VPN access"_s);
    QVERIFY(tree->isExpanded(access));

    // A name deep in the tree keeps its parents.
    filter->clear();
    QTest::keyClicks(filter, u"new p"_s);
    QCOMPARE(tree->model()->rowCount(), 1);
    QVERIFY(clickRow(*tree, u"New PC"_s));
    QCOMPARE(labelText(browser, u"detailTitle"_s), u"New PC"_s);

    // Nothing matches: the tree gives way to a message.
    QTest::keyClicks(filter, u"zzz"_s);
    auto *placeholder = browser.findChild<EmptyState *>(u"catalogTreePlaceholder"_s);
    QVERIFY(placeholder && placeholder->isVisible());
    QCOMPARE(placeholder->title(), u"Nothing matches"_s);

    // Selecting a hidden item clears the filter.
    QVERIFY(browser.selectCategory(ids.access));
    QVERIFY(filter->text().isEmpty());
    QVERIFY(tree->isVisible());
    QCOMPARE(tree->model()->rowCount(), 2);
}

void CatalogBrowserTest::followsStoreChanges()
{
    QFETCH(QString, backend);
    TestDatabase db(backend);
    const auto database = db.open();
    QVERIFY(database);
    CatalogStore store(*database);
    PeopleStore people(*database);
    const Catalog ids = buildCatalog(store, people);

    CatalogBrowser browser(store, people);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    auto *tree = browser.findChild<QTreeView *>(u"catalogTree"_s);
    QVERIFY(browser.selectService(ids.newPc));

    // A rename reloads the tree; the selection and the details follow.
    Service pc = *store.service(ids.newPc);
    pc.name = u"New computer"_s;
    QVERIFY(store.updateService(pc).ok());
    QCOMPARE(labelText(browser, u"detailTitle"_s), u"New computer"_s);
    QCOMPARE(tree->currentIndex().data().toString(), u"New computer"_s);
    QVERIFY(tree->isExpanded(tree->currentIndex().parent()));

    // The selected service goes: the details say to choose again.
    QVERIFY(store.deleteService(ids.newPc).ok());
    QCOMPARE(labelText(browser, u"emptyStateTitle"_s), u"Select a category or a service"_s);
}

void CatalogBrowserTest::emptyCatalog()
{
    TestDatabase db(u"sqlite"_s);
    const auto database = db.open();
    QVERIFY(database);
    CatalogStore store(*database);
    PeopleStore people(*database);

    CatalogBrowser browser(store, people);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    auto *placeholder = browser.findChild<EmptyState *>(u"catalogTreePlaceholder"_s);
    QVERIFY(placeholder && placeholder->isVisible());
    QCOMPARE(placeholder->title(), u"The catalog is empty"_s);

    // The first category makes the tree appear.
    QVERIFY(store.createCategory({0, 0, u"Equipment"_s, {}, {}, 0}).ok());
    QVERIFY(!placeholder->isVisible());
    QCOMPARE(browser.findChild<QTreeView *>(u"catalogTree"_s)->model()->rowCount(), 1);
}

void CatalogBrowserTest::presentsIconsAndInactiveServices()
{
    TestDatabase db(u"sqlite"_s);
    const auto database = db.open();
    QVERIFY(database);
    CatalogStore store(*database);
    PeopleStore people(*database);
    const qint64 category = *store.createCategory({0, 0, u"Equipment"_s, {}, u"laptop"_s, 0});
    Service retired;
    retired.categoryId = category;
    retired.name = u"Fax line"_s;
    retired.active = false;
    QVERIFY(store.createService(retired).ok());
    Service current = retired;
    current.name = u"Headset"_s;
    current.icon = u"no-such-icon"_s;
    current.active = true;
    QVERIFY(store.createService(current).ok());

    CatalogBrowser browser(store, people);
    const QAbstractItemModel *model = browser.findChild<QTreeView *>(u"catalogTree"_s)->model();
    const QModelIndex equipment = model->index(0, 0);
    const QModelIndex fax = model->index(0, 0, equipment);
    const QModelIndex headset = model->index(1, 0, equipment);
    QCOMPARE(fax.data().toString(), u"Fax line"_s);

    // Every row has a picture, even for an unknown icon name.
    for (const QModelIndex &index : {equipment, fax, headset})
        QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());

    // The inactive service is muted and in italics; the others are not.
    QVERIFY(fax.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(fax.data(Qt::ForegroundRole).isValid());
    QVERIFY(!headset.data(Qt::FontRole).isValid());
    QVERIFY(!headset.data(Qt::ForegroundRole).isValid());
}

QTEST_MAIN(CatalogBrowserTest)
#include "tst_catalogbrowser.moc"
