#include "TestDatabase.h"
#include "catalog/CatalogEditor.h"
#include "catalog/CatalogEditorWindow.h"
#include "catalog/CatalogStore.h"
#include "catalog/CatalogTreeModel.h"
#include "catalog/PersonPicker.h"
#include "people/PeopleStore.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

// Equipment › Workstation (empty), Network › Accès VPN and Wi-Fi; Alice
// approves, Bob is a requester whose manager is Alice.
struct Fixture
{
    qint64 alice = 0;
    qint64 bob = 0;
    qint64 equipment = 0;
    qint64 workstation = 0;
    qint64 network = 0;
    qint64 vpn = 0;
    qint64 wifi = 0;
};

Fixture buildFixture(CatalogStore &store, PeopleStore &people)
{
    Fixture ids;
    Person alice;
    alice.login = u"amartin"_s;
    alice.displayName = u"Alice Martin"_s;
    ids.alice = *people.createPerson(alice);
    Person bob;
    bob.login = u"bdupont"_s;
    bob.displayName = u"Bob Dupont"_s;
    bob.managerId = ids.alice;
    ids.bob = *people.createPerson(bob);

    ids.equipment = *store.createCategory({0, 0, u"Equipment"_s, {}, u"laptop"_s, 1});
    ids.workstation = *store.createCategory({0, ids.equipment, u"Workstation"_s, {}, {}, 1});
    ids.network = *store.createCategory({0, 0, u"Network"_s, {}, u"network"_s, 2});
    Service vpn;
    vpn.categoryId = ids.network;
    vpn.name = u"Accès VPN"_s;
    vpn.keywords = {u"remote"_s};
    ids.vpn = *store.createService(vpn);
    Service wifi;
    wifi.categoryId = ids.network;
    wifi.name = u"Wi-Fi"_s;
    ids.wifi = *store.createService(wifi);
    return ids;
}

template <typename T> T *child(const QWidget &root, const QString &name)
{
    auto *widget = root.findChild<T *>(name);
    if (!widget)
        qWarning("no widget named %s", qPrintable(name));
    return widget;
}

// Clicks the tool bar button of an action, as a person would.
void clickAction(const CatalogEditorWindow &window, const QString &actionName)
{
    auto *action = window.findChild<QAction *>(actionName);
    QVERIFY(action && action->isEnabled());
    auto *toolBar = window.findChild<QToolBar *>(u"catalogEditorToolBar"_s);
    QWidget *button = toolBar->widgetForAction(action);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

bool clickRow(QTreeView &tree, const QString &name)
{
    const QModelIndexList found = tree.model()->match(
        tree.model()->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty())
        return false;
    tree.scrollTo(found.first());
    const QRect rect = tree.visualRect(found.first());
    QTest::mouseClick(tree.viewport(), Qt::LeftButton, {}, rect.center());
    // Saving on the way may have reloaded the tree: compare by name.
    return tree.currentIndex().data().toString() == name;
}

// Clicks a check box on its indicator, where a person aims.
void toggle(QCheckBox *box)
{
    QVERIFY(box);
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
}

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

QList<qint64> topLevelOrder(const CatalogStore &store)
{
    QList<Category> top;
    // Held in a variable: the Result must outlive the loop over its list.
    const auto categories = store.categories();
    for (const Category &category : *categories) {
        if (category.parentId == 0)
            top << category;
    }
    std::stable_sort(top.begin(), top.end(), [](const Category &a, const Category &b) {
        return a.displayOrder < b.displayOrder;
    });
    QList<qint64> ids;
    for (const Category &category : top)
        ids << category.id;
    return ids;
}

qint64 categoryNamed(const CatalogStore &store, const QString &name)
{
    const auto categories = store.categories();
    for (const Category &category : *categories) {
        if (category.name == name)
            return category.id;
    }
    return 0;
}

qint64 serviceNamed(const CatalogStore &store, const QString &name)
{
    const auto services = store.services();
    for (const Service &service : *services) {
        if (service.name == name)
            return service.id;
    }
    return 0;
}

// Drops an item as the tree view would: the model's own drag data, dropped
// on a parent at a row (-1: onto the parent).
bool drop(CatalogTreeModel &model, const QModelIndex &item, const QModelIndex &parent, int row)
{
    std::unique_ptr<QMimeData> data(model.mimeData({item}));
    if (!data || !model.canDropMimeData(data.get(), Qt::MoveAction, row, 0, parent))
        return false;
    model.dropMimeData(data.get(), Qt::MoveAction, row, 0, parent);
    return true;
}

} // namespace

class CatalogEditorTest : public QObject
{
    Q_OBJECT

private slots:
    void editsTheCatalogAsAnAdministrator_data() { TestDatabase::addBackendColumn(); }
    void editsTheCatalogAsAnAdministrator();
    void validationBlocksSave_data() { TestDatabase::addBackendColumn(); }
    void validationBlocksSave();
    void warnsWhereApprovalCanFail_data() { TestDatabase::addBackendColumn(); }
    void warnsWhereApprovalCanFail();
    void refusesCyclesAndFullCategories_data() { TestDatabase::addBackendColumn(); }
    void refusesCyclesAndFullCategories();
    void asksBeforeLeavingUnsavedChanges();
};

void CatalogEditorTest::editsTheCatalogAsAnAdministrator()
{
    QFETCH(QString, backend);
    TestDatabase db(backend);
    const auto database = db.open();
    QVERIFY(database);
    CatalogStore store(*database);
    PeopleStore people(*database);
    const Fixture ids = buildFixture(store, people);

    CatalogEditorWindow window(store, people);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CatalogEditor &editor = *window.editor();
    auto *tree = child<QTreeView>(window, u"editorTree"_s);
    QVERIFY(tree);
    QAbstractItemModelTester sourceTester(editor.model(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester viewTester(tree->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

    // A new top-level category.
    clickAction(window, u"newCategoryAction"_s);
    QTest::keyClicks(child<QLineEdit>(window, u"categoryName"_s), u"Software"_s);
    QTest::mouseClick(child<QPushButton>(window, u"categorySave"_s), Qt::LeftButton);
    const qint64 software = categoryNamed(store, u"Software"_s);
    QVERIFY(software > 0);
    QCOMPARE(store.category(software)->parentId, 0);
    QCOMPARE(topLevelOrder(store), (QList<qint64>{ids.equipment, ids.network, software}));

    // A service in it, approved by Alice, picked by part of her name.
    clickAction(window, u"newServiceAction"_s);
    QTest::keyClicks(child<QLineEdit>(window, u"serviceName"_s), u"Office suite"_s);
    QTest::keyClicks(child<QTextEdit>(window, u"serviceDescription"_s), u"Word and mail."_s);
    toggle(child<QCheckBox>(window, u"serviceRequiresApproval"_s));
    auto *rule = child<QComboBox>(window, u"serviceApproverRule"_s);
    rule->setCurrentIndex(rule->findData(int(Service::ApproverRule::Designated)));
    auto *save = child<QPushButton>(window, u"serviceSave"_s);
    QVERIFY(!save->isEnabled()); // a designated rule needs a person
    QVERIFY(child<QLabel>(window, u"serviceApproverProblem"_s)->isVisible());
    auto *picker = child<PersonPicker>(window, u"serviceApprover"_s);
    QTest::keyClicks(picker, u"mart"_s);
    QAbstractItemView *popup = picker->personCompleter()->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(picker->personCompleter()->completionCount(), 1);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(picker->personId(), ids.alice);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    const qint64 office = serviceNamed(store, u"Office suite"_s);
    QVERIFY(office > 0);
    QCOMPARE(store.service(office)->categoryId, software);
    QVERIFY(store.service(office)->requiresApproval);
    QCOMPARE(store.service(office)->approverRule, Service::ApproverRule::Designated);
    QCOMPARE(store.service(office)->designatedApproverId, ids.alice);
    QCOMPARE(store.service(office)->description, u"Word and mail."_s);
    QCOMPARE(editor.undoStack()->count(), 2);

    // Drag the service onto Network: the store moves it, one undo step.
    CatalogTreeModel &model = *editor.model();
    QVERIFY(drop(model, model.indexForService(office), model.indexForCategory(ids.network), -1));
    QTRY_COMPARE(store.service(office)->categoryId, ids.network);
    QCOMPARE(editor.undoStack()->count(), 3);
    QCOMPARE(editor.undoStack()->undoText(), u"Move service \"Office suite\""_s);

    // The moved service is still the one edited, with its new category, and
    // its History tab tells both steps, newest first.
    auto *category = child<QComboBox>(window, u"serviceCategory"_s);
    QCOMPARE(category->currentData().toLongLong(), ids.network);
    auto *history = child<QTreeWidget>(window, u"catalogHistoryList"_s);
    QTRY_COMPARE(history->topLevelItemCount(), 2);
    QVERIFY(history->topLevelItem(1)->text(2).contains(u"Created"_s, Qt::CaseInsensitive));

    // Drag Software above Equipment: the top level is renumbered.
    QVERIFY(drop(model, model.indexForCategory(software), QModelIndex(), 0));
    QTRY_COMPARE(topLevelOrder(store), (QList<qint64>{software, ids.equipment, ids.network}));
    QCOMPARE(editor.undoStack()->count(), 4);

    // Ctrl+Z twice: the order, then the move, come back.
    auto *undo = window.findChild<QAction *>(u"undoAction"_s);
    undo->trigger();
    QCOMPARE(topLevelOrder(store), (QList<qint64>{ids.equipment, ids.network, software}));
    undo->trigger();
    QCOMPARE(store.service(office)->categoryId, software);
    QCOMPARE(category->currentData().toLongLong(), software);
    window.findChild<QAction *>(u"redoAction"_s)->trigger();
    QCOMPARE(store.service(office)->categoryId, ids.network);

    // "acces" finds "Accès VPN" with its parent, and nothing else.
    QTest::keyClicks(child<QLineEdit>(window, u"editorFilter"_s), u"acces"_s);
    QCOMPARE(tree->model()->rowCount(), 1);
    const QModelIndex network = tree->model()->index(0, 0);
    QCOMPARE(network.data().toString(), u"Network"_s);
    QCOMPARE(tree->model()->rowCount(network), 1);
    QCOMPARE(tree->model()->index(0, 0, network).data().toString(), u"Accès VPN"_s);
    QVERIFY(tree->isExpanded(network));
}

void CatalogEditorTest::validationBlocksSave()
{
    QFETCH(QString, backend);
    TestDatabase db(backend);
    const auto database = db.open();
    QVERIFY(database);
    CatalogStore store(*database);
    PeopleStore people(*database);
    const Fixture ids = buildFixture(store, people);

    CatalogEditorWindow window(store, people);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tree = child<QTreeView>(window, u"editorTree"_s);
    QVERIFY(clickRow(*tree, u"Accès VPN"_s));
    auto *name = child<QLineEdit>(window, u"serviceName"_s);
    auto *problem = child<QLabel>(window, u"serviceNameProblem"_s);
    auto *save = child<QPushButton>(window, u"serviceSave"_s);
    QCOMPARE(name->text(), u"Accès VPN"_s);
    QVERIFY(!save->isEnabled()); // nothing changed yet

    // A blank name.
    replaceText(name, u"  "_s);
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), u"A service needs a name."_s);
    QVERIFY(!save->isEnabled());

    // The name of a sibling, in another case.
    replaceText(name, u"wi-fi"_s);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"already"_s), qPrintable(problem->text()));
    QVERIFY(!save->isEnabled());

    // A delay that is set but not positive.
    replaceText(name, u"VPN access"_s);
    QVERIFY(!problem->isVisible());
    toggle(child<QCheckBox>(window, u"serviceDelaySet"_s));
    QVERIFY(child<QLabel>(window, u"serviceDelayProblem"_s)->isVisible());
    QVERIFY(!save->isEnabled());
    child<QSpinBox>(window, u"serviceDelayAmount"_s)->setValue(2);
    QVERIFY(save->isEnabled());
    QCOMPARE(store.service(ids.vpn)->name, u"Accès VPN"_s); // nothing written before Save
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(store.service(ids.vpn)->name, u"VPN access"_s);
    QCOMPARE(store.service(ids.vpn)->estimatedDelayAmount, 2);

    // A category cannot take the name of a sibling either.
    QVERIFY(clickRow(*tree, u"Network"_s));
    replaceText(child<QLineEdit>(window, u"categoryName"_s), u"EQUIPMENT"_s);
    QVERIFY(child<QLabel>(window, u"categoryNameProblem"_s)->isVisible());
    QVERIFY(!child<QPushButton>(window, u"categorySave"_s)->isEnabled());
    QCOMPARE(store.category(ids.network)->name, u"Network"_s);
}

void CatalogEditorTest::warnsWhereApprovalCanFail()
{
    QFETCH(QString, backend);
    TestDatabase db(backend);
    const auto database = db.open();
    QVERIFY(database);
    CatalogStore store(*database);
    PeopleStore people(*database);
    const Fixture ids = buildFixture(store, people);

    CatalogEditorWindow window(store, people);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tree = child<QTreeView>(window, u"editorTree"_s);

    // Approval by the manager: Alice has none, Bob has one.
    QVERIFY(clickRow(*tree, u"Wi-Fi"_s));
    auto *warning = child<QLabel>(window, u"serviceWarning"_s);
    QVERIFY(!warning->isVisible());
    toggle(child<QCheckBox>(window, u"serviceRequiresApproval"_s));
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().startsWith(u"1 requester"_s) &&
                 warning->text().contains(u"no manager"_s),
             qPrintable(warning->text()));
    QTest::mouseClick(child<QPushButton>(window, u"serviceSave"_s), Qt::LeftButton);
    QVERIFY(store.service(ids.wifi)->requiresApproval);

    // The tree marks the service too.
    const QModelIndex wifi = tree->model()
                                 ->match(tree->model()->index(0, 0), Qt::DisplayRole, u"Wi-Fi"_s, 1,
                                         Qt::MatchExactly | Qt::MatchRecursive)
                                 .value(0);
    QVERIFY(wifi.data(Qt::ToolTipRole).toString().contains(u"no manager"_s));

    // A category without any active service says so.
    QVERIFY(clickRow(*tree, u"Workstation"_s));
    auto *categoryMessage = child<QLabel>(window, u"categoryMessage"_s);
    QVERIFY(categoryMessage->isVisible());
    QVERIFY(categoryMessage->text().contains(u"no active service"_s));
    QVERIFY(clickRow(*tree, u"Network"_s));
    QVERIFY(!categoryMessage->isVisible());
}

void CatalogEditorTest::refusesCyclesAndFullCategories()
{
    QFETCH(QString, backend);
    TestDatabase db(backend);
    const auto database = db.open();
    QVERIFY(database);
    CatalogStore store(*database);
    PeopleStore people(*database);
    const Fixture ids = buildFixture(store, people);

    CatalogEditorWindow window(store, people);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CatalogEditor &editor = *window.editor();
    CatalogTreeModel &model = *editor.model();

    // Equipment under its own sub-category: refused, with a message.
    QVERIFY(drop(model, model.indexForCategory(ids.equipment),
                 model.indexForCategory(ids.workstation), -1));
    auto *message = child<QLabel>(window, u"editorMessage"_s);
    QTRY_VERIFY(message->isVisible());
    QCOMPARE(store.category(ids.equipment)->parentId, 0);
    QCOMPARE(editor.undoStack()->count(), 0);

    // Deleting Network, which holds two services, is refused in place.
    QVERIFY(editor.selectCategory(ids.network));
    QTest::mouseClick(child<QPushButton>(window, u"categoryDelete"_s), Qt::LeftButton);
    auto *categoryMessage = child<QLabel>(window, u"categoryMessage"_s);
    QVERIFY(categoryMessage->text().contains(u"2 service"_s));
    QVERIFY(store.category(ids.network).ok());

    // Deleting the empty Workstation works and undoes.
    QVERIFY(editor.selectCategory(ids.workstation));
    QTest::mouseClick(child<QPushButton>(window, u"categoryDelete"_s), Qt::LeftButton);
    QVERIFY(!store.category(ids.workstation).ok());
    editor.undoStack()->undo();
    QCOMPARE(store.category(ids.workstation)->name, u"Workstation"_s);

    // Duplicate a service: "Copy of …", then a unique name again.
    QVERIFY(editor.selectService(ids.vpn));
    QTest::mouseClick(child<QPushButton>(window, u"serviceDuplicate"_s), Qt::LeftButton);
    QVERIFY(serviceNamed(store, u"Copy of Accès VPN"_s) > 0);
    QVERIFY(editor.selectService(ids.vpn));
    QTest::mouseClick(child<QPushButton>(window, u"serviceDuplicate"_s), Qt::LeftButton);
    QVERIFY(serviceNamed(store, u"Copy of Accès VPN (2)"_s) > 0);

    // Undo removes the copy; redo brings it back with the same number.
    const qint64 copy = serviceNamed(store, u"Copy of Accès VPN (2)"_s);
    editor.undoStack()->undo();
    QVERIFY(!store.service(copy).ok());
    editor.undoStack()->redo();
    QCOMPARE(store.service(copy)->name, u"Copy of Accès VPN (2)"_s);
}

void CatalogEditorTest::asksBeforeLeavingUnsavedChanges()
{
    TestDatabase db(u"sqlite"_s);
    const auto database = db.open();
    QVERIFY(database);
    CatalogStore store(*database);
    PeopleStore people(*database);
    const Fixture ids = buildFixture(store, people);

    CatalogEditorWindow window(store, people);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CatalogEditor &editor = *window.editor();
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    int asked = 0;
    editor.setUnsavedPrompt([&](const QString &) {
        ++asked;
        return answer;
    });
    auto *tree = child<QTreeView>(window, u"editorTree"_s);
    QVERIFY(clickRow(*tree, u"Network"_s));
    replaceText(child<QLineEdit>(window, u"categoryName"_s), u"Networks"_s);

    // Cancel stays on the edited item.
    QVERIFY(!clickRow(*tree, u"Equipment"_s));
    QCOMPARE(asked, 1);
    QCOMPARE(child<QLineEdit>(window, u"categoryName"_s)->text(), u"Networks"_s);

    // Save writes, then goes on.
    answer = QMessageBox::Save;
    QVERIFY(clickRow(*tree, u"Equipment"_s));
    QCOMPARE(asked, 2);
    QCOMPARE(store.category(ids.network)->name, u"Networks"_s);
    QCOMPARE(child<QLineEdit>(window, u"categoryName"_s)->text(), u"Equipment"_s);

    // Closing the window asks too; Discard drops the edit.
    replaceText(child<QLineEdit>(window, u"categoryName"_s), u"Gear"_s);
    answer = QMessageBox::Discard;
    QVERIFY(window.close());
    QCOMPARE(asked, 3);
    QCOMPARE(store.category(ids.equipment)->name, u"Equipment"_s);
}

QTEST_MAIN(CatalogEditorTest)
#include "tst_catalogeditor.moc"
