#include "TestDatabase.h"
#include "catalog/CatalogStore.h"
#include "catalog/CatalogTreeModel.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Tester = QAbstractItemModelTester;

Category category(const QString &name, qint64 parentId = 0, int order = 0, const QString &icon = {},
                  const QString &description = {})
{
    Category c;
    c.name = name;
    c.parentId = parentId;
    c.displayOrder = order;
    c.icon = icon;
    c.description = description;
    return c;
}

Service service(const QString &name, qint64 categoryId, int order = 0, const QString &icon = {})
{
    Service s;
    s.name = name;
    s.categoryId = categoryId;
    s.displayOrder = order;
    s.icon = icon;
    return s;
}

// The names of the rows under parent, in the order the model shows them.
QStringList rowNames(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names << model.index(row, 0, parent).data().toString();
    return names;
}

// The names from the top of the tree down to index.
QStringList pathTo(QModelIndex index)
{
    QStringList names;
    for (; index.isValid(); index = index.parent())
        names.prepend(index.data().toString());
    return names;
}

} // namespace

class CatalogTreeModelTest : public QObject
{
    Q_OBJECT

private slots:
    void emptyCatalog_data() { TestDatabase::addBackendColumn(); }
    void emptyCatalog();
    void orderAndKinds_data() { TestDatabase::addBackendColumn(); }
    void orderAndKinds();
    void iconsAndToolTips_data() { TestDatabase::addBackendColumn(); }
    void iconsAndToolTips();
    void deepCatalog_data() { TestDatabase::addBackendColumn(); }
    void deepCatalog();
    void followsStoreChanges_data() { TestDatabase::addBackendColumn(); }
    void followsStoreChanges();
    void refusedChangeKeepsTree_data() { TestDatabase::addBackendColumn(); }
    void refusedChangeKeepsTree();
};

void CatalogTreeModelTest::emptyCatalog()
{
    QFETCH(QString, backend);
    TestDatabase db(backend);
    const auto database = db.open();
    QVERIFY(database);
    CatalogStore store(*database);

    CatalogTreeModel model(store);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);

    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(CatalogTreeModel::ColumnCount));
    QVERIFY(model.errorText().isEmpty());
    QVERIFY(!model.indexForCategory(1).isValid());
    QVERIFY(!model.indexForService(1).isValid());
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Name"_s);
}

void CatalogTreeModelTest::orderAndKinds()
{
    QFETCH(QString, backend);
    TestDatabase db(backend);
    const auto database = db.open();
    QVERIFY(database);
    CatalogStore store(*database);

    // Top level: display order first, then name.
    const qint64 software = *store.createCategory(category(u"Software"_s, 0, 2));
    const qint64 equipment = *store.createCategory(category(u"Equipment"_s, 0, 1));
    const qint64 access = *store.createCategory(category(u"Access"_s, 0, 1));
    // Inside Equipment, sub-categories come before services whatever their order.
    const qint64 phones = *store.createCategory(category(u"Phones"_s, equipment, 5));
    const qint64 desks = *store.createCategory(category(u"Desks"_s, equipment, 9));
    const qint64 screen = *store.createService(service(u"Screen"_s, equipment, 0));
    const qint64 mouse = *store.createService(service(u"Mouse"_s, equipment, 1));
    const qint64 cable = *store.createService(service(u"Cable"_s, equipment, 1));
    const qint64 office = *store.createService(service(u"Office suite"_s, software));

    CatalogTreeModel model(store);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);

    QCOMPARE(rowNames(model), (QStringList{u"Access"_s, u"Equipment"_s, u"Software"_s}));
    const QModelIndex equipmentIndex = model.indexForCategory(equipment);
    QCOMPARE(equipmentIndex.row(), 1);
    QCOMPARE(rowNames(model, equipmentIndex),
             (QStringList{u"Phones"_s, u"Desks"_s, u"Screen"_s, u"Cable"_s, u"Mouse"_s}));
    QCOMPARE(model.rowCount(model.indexForCategory(access)), 0);
    QCOMPARE(rowNames(model, model.indexForCategory(software)), QStringList{u"Office suite"_s});

    // Kinds and ids, and the helpers find the same rows.
    const QModelIndex phonesIndex = model.index(0, 0, equipmentIndex);
    QCOMPARE(phonesIndex.data(CatalogTreeModel::ItemKindRole).toInt(),
             int(CatalogTreeModel::CategoryItem));
    QCOMPARE(phonesIndex.data(CatalogTreeModel::IdRole).toLongLong(), phones);
    QCOMPARE(model.indexForCategory(desks), model.index(1, 0, equipmentIndex));
    const QModelIndex cableIndex = model.indexForService(cable);
    QCOMPARE(cableIndex, model.index(3, 0, equipmentIndex));
    QCOMPARE(cableIndex.data(CatalogTreeModel::ItemKindRole).toInt(),
             int(CatalogTreeModel::ServiceItem));
    QCOMPARE(cableIndex.data(CatalogTreeModel::IdRole).toLongLong(), cable);
    QCOMPARE(cableIndex.parent(), equipmentIndex);
    QCOMPARE(model.indexForService(screen).row(), 2);
    QCOMPARE(model.indexForService(mouse).row(), 4);
    QCOMPARE(model.indexForService(office).parent(), model.indexForCategory(software));
    QVERIFY(!model.hasChildren(cableIndex));
    QCOMPARE(model.flags(cableIndex), Qt::ItemIsEnabled | Qt::ItemIsSelectable);
}

void CatalogTreeModelTest::iconsAndToolTips()
{
    QFETCH(QString, backend);
    TestDatabase db(backend);
    const auto database = db.open();
    QVERIFY(database);
    CatalogStore store(*database);

    const QString longText = u"Word "_s.repeated(80).trimmed();
    const qint64 plain = *store.createCategory(category(u"Plain"_s, 0, 1, {}, longText));
    const qint64 laptops = *store.createCategory(category(u"Laptops"_s, 0, 2, u"laptop"_s));
    const qint64 own = *store.createService(service(u"Own icon"_s, laptops, 1, u"key"_s));
    const qint64 borrowed = *store.createService(service(u"Borrowed"_s, laptops, 2));
    Service fallback = service(u"Fallback"_s, plain);
    fallback.description = u"Replace a <broken> thing."_s;
    fallback.active = false;
    fallback.requiresApproval = true;
    fallback.estimatedDelayAmount = 3;
    fallback.estimatedDelayUnit = Service::DelayUnit::Days;
    const qint64 fallbackId = *store.createService(fallback);

    CatalogTreeModel model(store);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    const auto icon = [&](const QModelIndex &index) {
        return index.data(CatalogTreeModel::IconNameRole).toString();
    };

    QCOMPARE(icon(model.indexForCategory(plain)), u"folder"_s);
    QCOMPARE(icon(model.indexForCategory(laptops)), u"laptop"_s);
    QCOMPARE(icon(model.indexForService(own)), u"key"_s);
    QCOMPARE(icon(model.indexForService(borrowed)), u"laptop"_s);
    QCOMPARE(icon(model.indexForService(fallbackId)), u"service"_s);

    // Only the inactive service says so; categories are always active.
    QCOMPARE(model.indexForService(fallbackId).data(CatalogTreeModel::ActiveRole), false);
    QCOMPARE(model.indexForService(own).data(CatalogTreeModel::ActiveRole), true);
    QCOMPARE(model.indexForCategory(plain).data(CatalogTreeModel::ActiveRole), true);

    // A long description is cut at a word, near 200 characters.
    const QString categoryTip = model.indexForCategory(plain).data(Qt::ToolTipRole).toString();
    QVERIFY2(categoryTip.contains(u"Word Word"_s), qPrintable(categoryTip));
    QVERIFY(categoryTip.contains(u"Word…"_s));
    QVERIFY(categoryTip.size() < 220);

    const QString serviceTip = model.indexForService(fallbackId).data(Qt::ToolTipRole).toString();
    QVERIFY2(serviceTip.contains(u"Replace a &lt;broken&gt; thing."_s), qPrintable(serviceTip));
    // Without a translator loaded, plurals read "3 day(s)": ask the service.
    QVERIFY(serviceTip.contains(u"Estimated delay: "_s + fallback.estimatedDelayText()));
    QVERIFY(fallback.estimatedDelayText().startsWith(u"3 day"_s));
    QVERIFY(serviceTip.contains(u"Approval: Requester's manager"_s));
    QVERIFY(serviceTip.contains(u"Inactive"_s));
    const QString ownTip = model.indexForService(own).data(Qt::ToolTipRole).toString();
    QVERIFY2(ownTip.contains(u"No approval needed"_s), qPrintable(ownTip));
    QVERIFY(ownTip.contains(u"No estimate"_s));
}

void CatalogTreeModelTest::deepCatalog()
{
    QFETCH(QString, backend);
    TestDatabase db(backend);
    const auto database = db.open();
    QVERIFY(database);
    CatalogStore store(*database);

    // Eight levels, a service and a sibling category at each.
    constexpr int depth = 8;
    QList<qint64> chain;
    qint64 parent = 0;
    for (int level = 0; level < depth; ++level) {
        const qint64 id = *store.createCategory(category(u"Level %1"_s.arg(level), parent, 1));
        QVERIFY(store.createCategory(category(u"Side %1"_s.arg(level), parent, 2)).ok());
        QVERIFY(store.createService(service(u"Service %1"_s.arg(level), id)).ok());
        chain << id;
        parent = id;
    }

    CatalogTreeModel model(store);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);

    QCOMPARE(rowNames(model), (QStringList{u"Level 0"_s, u"Side 0"_s}));
    const QModelIndex deepest = model.indexForCategory(chain.last());
    QStringList expectedPath;
    for (int level = 0; level < depth; ++level)
        expectedPath << u"Level %1"_s.arg(level);
    QCOMPARE(pathTo(deepest), expectedPath);
    QCOMPARE(rowNames(model, deepest), QStringList{u"Service 7"_s});
    QCOMPARE(rowNames(model, model.indexForCategory(chain.at(3))),
             (QStringList{u"Level 4"_s, u"Side 4"_s, u"Service 3"_s}));
}

void CatalogTreeModelTest::followsStoreChanges()
{
    QFETCH(QString, backend);
    TestDatabase db(backend);
    const auto database = db.open();
    QVERIFY(database);
    CatalogStore store(*database);
    CatalogTreeModel model(store);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    // Create.
    const qint64 equipment = *store.createCategory(category(u"Equipment"_s, 0, 1));
    const qint64 software = *store.createCategory(category(u"Software"_s, 0, 2));
    const qint64 screens = *store.createCategory(category(u"Screens"_s, software, 1));
    const qint64 screen = *store.createService(service(u"Extra screen"_s, screens));
    QCOMPARE(resets.count(), 4);
    QCOMPARE(rowNames(model), (QStringList{u"Equipment"_s, u"Software"_s}));
    QCOMPARE(pathTo(model.indexForService(screen)),
             (QStringList{u"Software"_s, u"Screens"_s, u"Extra screen"_s}));

    // Move a category, with its service, to another parent.
    QVERIFY(store.moveCategory(screens, equipment, 0).ok());
    QCOMPARE(resets.count(), 5);
    QCOMPARE(rowNames(model, model.indexForCategory(equipment)), QStringList{u"Screens"_s});
    QCOMPARE(model.rowCount(model.indexForCategory(software)), 0);
    QCOMPARE(pathTo(model.indexForService(screen)),
             (QStringList{u"Equipment"_s, u"Screens"_s, u"Extra screen"_s}));

    // Rename and move a service.
    Service renamed = *store.service(screen);
    renamed.name = u"Second screen"_s;
    QVERIFY(store.updateService(renamed).ok());
    QVERIFY(store.moveService(screen, software, 0).ok());
    QCOMPARE(pathTo(model.indexForService(screen)),
             (QStringList{u"Software"_s, u"Second screen"_s}));

    // Delete the service, then the emptied category.
    QVERIFY(store.deleteService(screen).ok());
    QVERIFY(!model.indexForService(screen).isValid());
    QVERIFY(store.deleteCategory(screens).ok());
    QVERIFY(!model.indexForCategory(screens).isValid());
    QCOMPARE(model.rowCount(model.indexForCategory(equipment)), 0);
    QCOMPARE(rowNames(model), (QStringList{u"Equipment"_s, u"Software"_s}));
    QCOMPARE(resets.count(), 9);
}

void CatalogTreeModelTest::refusedChangeKeepsTree()
{
    QFETCH(QString, backend);
    TestDatabase db(backend);
    const auto database = db.open();
    QVERIFY(database);
    CatalogStore store(*database);
    const qint64 top = *store.createCategory(category(u"Top"_s));
    const qint64 child = *store.createCategory(category(u"Child"_s, top));
    CatalogTreeModel model(store);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    // A cycle and a non-empty delete are refused: no reload, same tree.
    QVERIFY(!store.moveCategory(top, child, 0).ok());
    QVERIFY(!store.deleteCategory(top).ok());
    QCOMPARE(resets.count(), 0);
    QCOMPARE(pathTo(model.indexForCategory(child)), (QStringList{u"Top"_s, u"Child"_s}));
}

QTEST_GUILESS_MAIN(CatalogTreeModelTest)
#include "tst_catalogtreemodel.moc"
