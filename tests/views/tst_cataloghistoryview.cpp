#include "TestDatabase.h"
#include "catalog/CatalogHistoryView.h"
#include "catalog/CatalogStore.h"
#include "people/PeopleStore.h"
#include "people/Session.h"

#include <QLabel>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// The history beside an item, as an administrator reads it: newest first,
// who made each change, and what changed in words.
class CatalogHistoryViewTest : public QObject
{
    Q_OBJECT

private slots:
    void showsChangesInWords_data() { TestDatabase::addBackendColumn(); }
    void showsChangesInWords();
};

void CatalogHistoryViewTest::showsChangesInWords()
{
    QFETCH(QString, backend);
    TestDatabase test(backend);
    const auto database = test.open();
    QVERIFY(database);
    CatalogStore store(*database);

    Person admin;
    admin.login = u"mdupont"_s;
    admin.displayName = u"Marie Dupont"_s;
    const auto adminId = PeopleStore(*database).createPerson(admin);
    QVERIFY(adminId);
    admin.id = *adminId;
    const Session session(admin);

    const auto id = store.createCategory({0, 0, u"VPN"_s, {}, {}, 0});
    QVERIFY(id);
    CatalogHistoryView view(store);
    view.show();
    auto *list = view.findChild<QTreeWidget *>(u"catalogHistoryList"_s);
    auto *empty = view.findChild<QLabel *>(u"catalogHistoryEmpty"_s);
    QVERIFY(list && empty);
    QVERIFY(empty->isVisible());

    view.setItem(CatalogChange::Kind::Category, *id);
    QCOMPARE(view.changeCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(1), u"System"_s);

    // A change saved elsewhere shows at once, newest first.
    store.setSession(&session);
    Category renamed = *store.category(*id);
    renamed.name = u"VPN access"_s;
    QVERIFY(store.updateCategory(renamed));
    QCOMPARE(view.changeCount(), 2);
    QVERIFY(!empty->isVisible());
    const QTreeWidgetItem *newest = list->topLevelItem(0);
    QCOMPARE(newest->text(1), u"Marie Dupont"_s);
    QCOMPARE(newest->text(2), u"Changed\nName: VPN → VPN access"_s);
    QVERIFY(!newest->text(0).isEmpty());
    QCOMPARE(list->topLevelItem(1)->text(2), u"Created\nName: VPN\nParent category: top level"_s);

    view.clearItem();
    QCOMPARE(view.changeCount(), 0);
    QVERIFY(empty->isVisible());
    store.setSession(nullptr);
}

QTEST_MAIN(CatalogHistoryViewTest)
#include "tst_cataloghistoryview.moc"
