#include "TestDatabase.h"
#include "catalog/CatalogFileActions.h"
#include "catalog/CatalogImportDialog.h"
#include "catalog/CatalogStore.h"

#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// The import preview as an administrator sees it: what a prepared file would
// add, change and remove in a prepared catalog, on every backend, and the
// problems of a bad file with Import disabled.
class CatalogImportDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void previewsAdditionsChangesAndRemovals_data() { TestDatabase::addBackendColumn(); }
    void previewsAdditionsChangesAndRemovals();
    void listsTheProblemsOfABadFile_data() { TestDatabase::addBackendColumn(); }
    void listsTheProblemsOfABadFile();
    void exportsTheCatalog_data() { TestDatabase::addBackendColumn(); }
    void exportsTheCatalog();

private:
    QString writeFile(const QByteArray &content);
    static QStringList previewLines(const CatalogImportDialog &dialog);
    static bool planReady(const CatalogImportDialog &dialog);
    qint64 addCategory(const QString &name);
    void addService(const QString &name, qint64 categoryId);

    QTemporaryDir m_folder;
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CatalogStore> m_store;
};

void CatalogImportDialogTest::init()
{
    QFETCH(QString, backend);
    m_test = std::make_unique<TestDatabase>(backend);
    m_database = m_test->open();
    QVERIFY(m_database);
    m_store = std::make_unique<CatalogStore>(*m_database);
}

void CatalogImportDialogTest::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_test.reset();
}

QString CatalogImportDialogTest::writeFile(const QByteArray &content)
{
    static int counter = 0;
    const QString path = m_folder.filePath(u"catalog-%1.json"_s.arg(++counter));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

QStringList CatalogImportDialogTest::previewLines(const CatalogImportDialog &dialog)
{
    const auto *preview = dialog.findChild<QTreeWidget *>(u"importPreview"_s);
    QStringList lines;
    for (int i = 0; preview && i < preview->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = preview->topLevelItem(i);
        lines << group->text(0);
        for (int j = 0; j < group->childCount(); ++j)
            lines << u"  "_s + group->child(j)->text(0);
    }
    return lines;
}

// The plan is made on a worker thread; the window keeps running meanwhile.
bool CatalogImportDialogTest::planReady(const CatalogImportDialog &dialog)
{
    return !dialog.isPlanning() && dialog.plan().has_value();
}

qint64 CatalogImportDialogTest::addCategory(const QString &name)
{
    Category category;
    category.name = name;
    const auto id = m_store->createCategory(category);
    return id ? *id : 0;
}

void CatalogImportDialogTest::addService(const QString &name, qint64 categoryId)
{
    Service service;
    service.name = name;
    service.categoryId = categoryId;
    QVERIFY(m_store->createService(service));
}

void CatalogImportDialogTest::previewsAdditionsChangesAndRemovals()
{
    const qint64 access = addCategory(u"Access"_s);
    const qint64 hardware = addCategory(u"Hardware"_s);
    QVERIFY(access && hardware);
    addService(u"VPN"_s, access);
    addService(u"Laptop"_s, hardware);

    const QString file = writeFile(R"({"format": "kaliaops-catalog", "version": 1,
        "categories": [
          {"key": "access", "parent": null, "name": "Access", "description": "Doors",
           "displayOrder": 0},
          {"key": "net", "parent": null, "name": "Network", "displayOrder": 0}],
        "services": [
          {"key": "vpn", "category": "access", "name": "VPN", "icon": "vpn"},
          {"key": "wifi", "category": "net", "name": "Wi-Fi"}]})");
    QVERIFY(!file.isEmpty());

    CatalogImportDialog dialog(*m_store);
    dialog.show();
    auto *importButton = dialog.findChild<QPushButton *>(u"importButton"_s);
    auto *replace = dialog.findChild<QCheckBox *>(u"importReplaceCheck"_s);
    QVERIFY(importButton && replace);
    QVERIFY(!importButton->isEnabled());

    dialog.setFileName(file);
    QTRY_VERIFY_WITH_TIMEOUT(planReady(dialog), 20000);
    QCOMPARE(
        previewLines(dialog),
        QStringList({u"Categories to add: 1"_s, u"  Network"_s, u"Categories to change: 1"_s,
                     u"  Access: Description"_s, u"Services to add: 1"_s, u"  Network / Wi-Fi"_s,
                     u"Services to change: 1"_s, u"  Access / VPN: Icon"_s}));
    QVERIFY(importButton->isEnabled());

    // What the file lacks is removed only when asked.
    // On the box itself: the widget is wider than its label.
    QTest::mouseClick(replace, Qt::LeftButton, {}, QPoint(8, replace->height() / 2));
    QVERIFY(replace->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(planReady(dialog), 20000);
    const QStringList lines = previewLines(dialog);
    QVERIFY2(lines.contains(u"Categories to remove: 1"_s), qPrintable(lines.join(u'\n')));
    QVERIFY(lines.contains(u"  Hardware"_s));
    QVERIFY(lines.contains(u"Services to remove: 1"_s));
    QVERIFY(lines.contains(u"  Hardware / Laptop"_s));
    QCOMPARE(m_store->categories()->size(), 2);

    QSignalSpy changed(m_store.get(), &CatalogStore::catalogChanged);
    QTest::mouseClick(importButton, Qt::LeftButton);
    const auto *summary = dialog.findChild<QLabel *>(u"importSummary"_s);
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(u"Imported."_s), 20000);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!importButton->isEnabled());
    QStringList names;
    const auto categories = m_store->categories();
    QVERIFY(categories);
    for (const Category &category : *categories)
        names << category.name;
    names.sort();
    QCOMPARE(names, QStringList({u"Access"_s, u"Network"_s}));
    QCOMPARE(m_store->category(access)->description, u"Doors"_s);
    QCOMPARE(m_store->services()->size(), 2);
}

void CatalogImportDialogTest::listsTheProblemsOfABadFile()
{
    QVERIFY(addCategory(u"Access"_s));
    const QString file = writeFile(R"({"format": "kaliaops-catalog", "version": 1,
        "categories": [
          {"key": "hardware", "parent": null, "name": "Hardware"},
          {"key": "laptops", "parent": "hardwar", "name": ""}],
        "services": [
          {"key": "laptop", "category": "hardware", "name": "Laptop", "approverRule": "boss"}]})");

    CatalogImportDialog dialog(*m_store);
    dialog.show();
    dialog.setFileName(file);
    QTRY_VERIFY_WITH_TIMEOUT(planReady(dialog), 20000);

    const QStringList lines = previewLines(dialog);
    QVERIFY2(lines.value(0).startsWith(u"Problems: "_s), qPrintable(lines.join(u'\n')));
    QVERIFY(lines.size() >= 4);
    QVERIFY(std::any_of(lines.begin(), lines.end(), [](const QString &line) {
        return line.startsWith(u"  categories[1].parent: "_s);
    }));
    QVERIFY(std::any_of(lines.begin(), lines.end(), [](const QString &line) {
        return line.startsWith(u"  services[0].approverRule: "_s) && line.contains(u"boss"_s);
    }));
    QVERIFY(!dialog.findChild<QPushButton *>(u"importButton"_s)->isEnabled());
    QVERIFY(
        dialog.findChild<QLabel *>(u"importSummary"_s)->text().contains(u"cannot be imported"_s));

    // A broken file is placed by line and column.
    dialog.setFileName(writeFile("{\"format\": \"kaliaops-catalog\",\n  \"version\": 1,\n  ]"));
    QTRY_VERIFY_WITH_TIMEOUT(planReady(dialog), 20000);
    QVERIFY2(previewLines(dialog).value(1).contains(u"line 3"_s),
             qPrintable(previewLines(dialog).join(u'\n')));
    QVERIFY(!dialog.findChild<QPushButton *>(u"importButton"_s)->isEnabled());
    QCOMPARE(m_store->categories()->size(), 1);
}

void CatalogImportDialogTest::exportsTheCatalog()
{
    const qint64 access = addCategory(u"Access"_s);
    QVERIFY(access);
    addService(u"VPN"_s, access);

    const QString path = m_folder.filePath(u"export.json"_s);
    QString error;
    QVERIFY2(CatalogFileActions::exportTo(*m_store, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject top = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(top.value(u"categories"_s).toArray().size(), 1);
    QCOMPARE(top.value(u"services"_s).toArray().at(0)[u"name"_s].toString(), u"VPN"_s);

    QVERIFY(!CatalogFileActions::exportTo(*m_store, m_folder.filePath(u"no/such/dir/x.json"_s),
                                          &error));
    QVERIFY2(error.contains(u"cannot be written"_s), qPrintable(error));
}

QTEST_MAIN(CatalogImportDialogTest)
#include "tst_catalogimportdialog.moc"
