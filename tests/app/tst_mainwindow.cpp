#include "AppSettings.h"
#include "DatabaseOpener.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "TestDatabase.h"
#include "Translator.h"
#include "catalog/CatalogBrowser.h"
#include "catalog/CatalogStore.h"
#include "common/EmptyState.h"
#include "demo/DemoCatalog.h"
#include "forms/FormRenderer.h"
#include "people/PeopleStore.h"
#include "portal/PortalView.h"
#include "portal/ServiceRequestPage.h"
#include "storage/Database.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

const QStringList demoTopCategories = {u"Access & identity"_s, u"Equipment"_s, u"Software"_s,
                                       u"Infrastructure"_s};

QStringList topLevelNames(const QTreeView &tree)
{
    QStringList names;
    for (int row = 0; row < tree.model()->rowCount(); ++row)
        names << tree.model()->index(row, 0).data().toString();
    return names;
}

QString labelText(const QWidget &root, const QString &objectName)
{
    const auto *label = root.findChild<QLabel *>(objectName);
    return label ? label->text() : u"<no %1>"_s.arg(objectName);
}

// The menus' titles and their entries, without the & marks.
QStringList menuEntries(const QMainWindow &window)
{
    QStringList entries;
    const auto menus = window.menuBar()->actions();
    for (const QAction *menu : menus) {
        entries << menu->text().remove(u'&');
        const auto actions = menu->menu()->actions();
        for (const QAction *action : actions) {
            if (!action->isSeparator())
                entries << u"  "_s + action->text().remove(u'&');
        }
    }
    return entries;
}

QColor textColour(const QLabel &label)
{
    return label.palette().color(label.foregroundRole());
}

} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void menusFollowTheSignedInPersonsRoles();
    void requestsFromThePortalAndFindsItInMyRequests();
    void opensOnDemoCatalog_data() { TestDatabase::addBackendColumn(); }
    void opensOnDemoCatalog();
    void menusShowOnlyWhatWorks();
    void withoutDatabase();
    void switchesDatabaseFromSettings();
    void testConnectionReportsInline();
    void testConnectionOnPostgres();
    void settingsValidateInline();
    void screenshots();

private:
    QTemporaryDir m_folder;
};

void MainWindowTest::initTestCase()
{
    // Settings go to a test location, never to the user's own.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"KaliaOps-tests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QSettings().clear();
    QVERIFY(m_folder.isValid());
}

void MainWindowTest::opensOnDemoCatalog()
{
    QFETCH(QString, backend);
    TestDatabase db(backend);
    auto database = db.open();
    QVERIFY(database);
    const Status loaded = DemoCatalog::load(*database, u"en"_s);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));

    MainWindow window(std::move(database), db.url());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(window.windowTitle(), u"KaliaOps Service Catalog"_s);
    auto *tree = window.findChild<QTreeView *>(u"catalogTree"_s);
    QVERIFY(tree);
    QAbstractItemModelTester tester(tree->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(topLevelNames(*tree), demoTopCategories);
    QVERIFY(tree->isExpanded(tree->model()->index(0, 0)));

    // The status bar names the database in use, never a password.
    const QString expected = db.url().backend() == DatabaseUrl::Backend::Postgres
                                 ? u"PostgreSQL — %1@%2:%3/%4"_s.arg(
                                       db.url().userName(), db.url().host(),
                                       QString::number(db.url().port()), db.url().databaseName())
                                 : u"SQLite — "_s + db.url().sqlitePath();
    QCOMPARE(labelText(window, u"databaseLabel"_s), expected);

    // The demo's services show with their details.
    const QModelIndexList found =
        tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, u"New computer"_s, 1,
                             Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
    tree->setCurrentIndex(found.first());
    QCOMPARE(labelText(window, u"detailTitle"_s), u"New computer"_s);
    QCOMPARE(labelText(window, u"detailSubtitle"_s), u"Service in Equipment › Workstation"_s);
    QVERIFY(labelText(window, u"detailApproval"_s).startsWith(u"Required"_s));
}

void MainWindowTest::menusShowOnlyWhatWorks()
{
    TestDatabase db(u"sqlite"_s);
    auto database = db.open();
    QVERIFY(database);
    QVERIFY(DemoCatalog::load(*database, u"en"_s).ok());
    MainWindow window(std::move(database), db.url());

    QCOMPARE(menuEntries(window),
             (QStringList{u"File"_s, u"  Import Catalog…"_s, u"  Export Catalog…"_s,
                          u"  Settings…"_s, u"  Quit"_s, u"ITSM"_s, u"  Service Catalog"_s,
                          u"  Undelivered Notifications…"_s, u"  SLA"_s, u"Requests"_s,
                          u"  Self-Service Portal"_s, u"  My Requests"_s, u"  My Approvals"_s,
                          u"Help"_s, u"  About KaliaOps"_s}));
    auto *catalog = window.findChild<QAction *>(u"catalogAction"_s);
    QVERIFY(catalog && catalog->isEnabled());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    catalog->trigger();
    QTRY_VERIFY(window.findChild<QTreeView *>(u"catalogTree"_s)->hasFocus());
}

void MainWindowTest::withoutDatabase()
{
    const DatabaseUrl url = DatabaseUrl::parse(u"postgresql://nobody@127.0.0.1:1/nothing"_s);
    MainWindow window(nullptr, url);
    window.showDatabaseError(u"The server did not answer."_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *page = window.findChild<EmptyState *>(u"databaseUnavailable"_s);
    QVERIFY(page && page->isVisible());
    QCOMPARE(page->title(), u"No database is open"_s);
    QCOMPARE(page->detail(), u"The server did not answer."_s);
    QVERIFY(window.findChild<QPushButton *>(u"openSettingsButton"_s)->isVisible());
    QVERIFY(window.findChild<QTreeView *>(u"catalogTree"_s) == nullptr);
    QVERIFY(!window.findChild<QAction *>(u"catalogAction"_s)->isEnabled());
    QCOMPARE(labelText(window, u"databaseLabel"_s),
             u"Not connected: PostgreSQL — nobody@127.0.0.1:1/nothing"_s);

    // Try Again: still nothing there, and the page says why.
    QTest::mouseClick(window.findChild<QPushButton *>(u"retryButton"_s), Qt::LeftButton);
    QVERIFY2(page->detail().startsWith(u"Cannot open the database"_s), qPrintable(page->detail()));

    // Open Settings…, an SQLite file, OK: the catalog replaces the page.
    const QString path = m_folder.filePath(u"rescue.db"_s);
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QRadioButton *>(u"sqliteChoice"_s)->click();
        auto *edit = dialog->findChild<QLineEdit *>(u"sqlitePathEdit"_s);
        edit->clear();
        QTest::keyClicks(edit, path);
        dialog->accept();
    });
    QTest::mouseClick(window.findChild<QPushButton *>(u"openSettingsButton"_s), Qt::LeftButton);
    QTRY_VERIFY(window.findChild<EmptyState *>(u"databaseUnavailable"_s) == nullptr);
    auto *tree = window.findChild<QTreeView *>(u"catalogTree"_s);
    QVERIFY(tree);
    QTRY_VERIFY(tree->isVisible()); // a layout shows a new child on its next turn
    QCOMPARE(topLevelNames(*tree), demoTopCategories);
    QVERIFY(window.findChild<QAction *>(u"catalogAction"_s)->isEnabled());
    QCOMPARE(labelText(window, u"databaseLabel"_s), u"SQLite — "_s + path);
}

void MainWindowTest::switchesDatabaseFromSettings()
{
    TestDatabase db(u"sqlite"_s);
    MainWindow window(db.open(), db.url());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tree = window.findChild<QTreeView *>(u"catalogTree"_s);
    QCOMPARE(tree->model()->rowCount(), 0);

    // File → Settings…, another SQLite file, OK: the window reopens on it,
    // and a new file starts with the demo catalog.
    const QString newPath = m_folder.filePath(u"switched.db"_s);
    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialogSeen = true;
        auto *path = dialog->findChild<QLineEdit *>(u"sqlitePathEdit"_s);
        path->clear();
        QTest::keyClicks(path, newPath);
        dialog->accept();
    });
    window.findChild<QAction *>(u"settingsAction"_s)->trigger();

    QVERIFY(dialogSeen);
    QCOMPARE(labelText(window, u"databaseLabel"_s), u"SQLite — "_s + newPath);
    QCOMPARE(AppSettings::databaseUrl(), DatabaseUrl::forSqliteFile(newPath).toString());
    tree = window.findChild<QTreeView *>(u"catalogTree"_s);
    QVERIFY(tree);
    QCOMPARE(topLevelNames(*tree), demoTopCategories);
}

void MainWindowTest::testConnectionReportsInline()
{
    // A PostgreSQL port where nothing listens.
    SettingsDialog dialog(DatabaseUrl::parse(u"postgresql://nobody@127.0.0.1:1/nothing"_s), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *test = dialog.findChild<QPushButton *>(u"testConnectionButton"_s);
    auto *result = dialog.findChild<QLabel *>(u"connectionResult"_s);
    QVERIFY(test && result);
    QCOMPARE(dialog.findChild<QSpinBox *>(u"postgresPortSpin"_s)->value(), 1);

    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY2(result->text().startsWith(u"Cannot open the database"_s), qPrintable(result->text()));
    const QColor failure = textColour(*result);
    QVERIFY(failure.red() > failure.green());

    // The same dialog on an SQLite file that exists.
    TestDatabase db(u"sqlite"_s);
    QVERIFY(db.open());
    dialog.findChild<QRadioButton *>(u"sqliteChoice"_s)->click();
    QVERIFY(result->text().isEmpty());
    auto *path = dialog.findChild<QLineEdit *>(u"sqlitePathEdit"_s);
    path->clear();
    QTest::keyClicks(path, db.url().sqlitePath());
    QTest::mouseClick(test, Qt::LeftButton);
    QCOMPARE(result->text(), u"The connection works."_s);
    const QColor success = textColour(*result);
    QVERIFY(success.green() > success.red());

    // A file yet to be created is not created by the test.
    const QString missing = m_folder.filePath(u"not-yet.db"_s);
    path->clear();
    QTest::keyClicks(path, missing);
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(result->text().contains(u"will create it"_s));
    QVERIFY(!QFile::exists(missing));
}

void MainWindowTest::testConnectionOnPostgres()
{
    if (!TestDatabase::postgresAvailable())
        QSKIP("KALIAOPS_TEST_PG is not set.");
    TestDatabase db(u"postgresql"_s);
    SettingsDialog dialog(db.url(), {});
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"testConnectionButton"_s), Qt::LeftButton);
    QCOMPARE(labelText(dialog, u"connectionResult"_s), u"The connection works."_s);
    QCOMPARE(dialog.databaseUrl(), db.url());
}

void MainWindowTest::settingsValidateInline()
{
    SettingsDialog dialog(DatabaseUrl::parse(u"postgresql://me@db.example.com/kaliaops"_s),
                          u"fr"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *error = dialog.findChild<QLabel *>(u"settingsError"_s);
    QVERIFY(!error->isVisible());

    // An empty host is refused, in the dialog itself.
    dialog.findChild<QLineEdit *>(u"postgresHostEdit"_s)->clear();
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), u"Enter the host name of the PostgreSQL server."_s);

    // Filled in again, it returns the URL with every field.
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"postgresHostEdit"_s), u"db.example.org"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"postgresPasswordEdit"_s), u"p@ss/word"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const DatabaseUrl url = dialog.databaseUrl();
    QCOMPARE(url.host(), u"db.example.org"_s);
    QCOMPARE(url.password(), u"p@ss/word"_s);
    QCOMPARE(url.databaseName(), u"kaliaops"_s);
    QCOMPARE(dialog.language(), u"fr"_s);

    // Another language says when it applies (the dialog itself is closed now).
    auto *note = dialog.findChild<QLabel *>(u"languageNote"_s);
    QVERIFY(note->isHidden());
    auto *languages = dialog.findChild<QComboBox *>(u"languageCombo"_s);
    languages->setCurrentIndex(languages->findData(u"en"_s));
    QVERIFY(!note->isHidden());
    QCOMPARE(dialog.language(), u"en"_s);
}

void MainWindowTest::screenshots()
{
    // Pictures for the README and for reviewing the look; not a check.
    const QString folder = qEnvironmentVariable("KALIAOPS_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("Set KALIAOPS_SCREENSHOT_DIR to save screenshots there.");
    QDir().mkpath(folder);
    Translator::install(u"en"_s); // plurals read "3 days", not "3 day(s)"

    // As on a first start: a new file, the demo catalog loaded in English.
    const DatabaseUrl url = DatabaseUrl::forSqliteFile(m_folder.filePath(u"kaliaops.db"_s));
    QString error;
    auto database = DatabaseOpener::open(url, u"en"_s, &error);
    QVERIFY2(database, qPrintable(error));
    MainWindow window(std::move(database), url);
    window.resize(1200, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tree = window.findChild<QTreeView *>(u"catalogTree"_s);
    const auto select = [&](const QString &name) {
        const QModelIndexList found =
            tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, name, 1,
                                 Qt::MatchExactly | Qt::MatchRecursive);
        if (!found.isEmpty())
            tree->setCurrentIndex(found.first());
        QTest::qWait(100);
    };

    QVERIFY(window.grab().save(folder + u"/main-window-nothing-selected.png"_s));
    select(u"New computer"_s);
    QVERIFY(window.grab().save(folder + u"/main-window-service.png"_s));
    select(u"Equipment"_s);
    QVERIFY(window.grab().save(folder + u"/main-window-category.png"_s));

    SettingsDialog dialog(url, {}, &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"testConnectionButton"_s), Qt::LeftButton);
    QVERIFY(dialog.grab().save(folder + u"/settings-sqlite.png"_s));
    dialog.findChild<QRadioButton *>(u"postgresChoice"_s)->click();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"postgresHostEdit"_s), u"127.0.0.1"_s);
    dialog.findChild<QSpinBox *>(u"postgresPortSpin"_s)->setValue(1);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"postgresDatabaseEdit"_s), u"kaliaops"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"postgresUserEdit"_s), u"kaliaops"_s);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"testConnectionButton"_s), Qt::LeftButton);
    dialog.adjustSize();
    QTest::qWait(100);
    QVERIFY(dialog.grab().save(folder + u"/settings-postgresql.png"_s));
    dialog.close();

    MainWindow unavailable(nullptr, DatabaseUrl::parse(u"postgresql://me@db.example.com/it"_s));
    unavailable.showDatabaseError(u"Cannot open the database postgresql://me@db.example.com/it: "
                                  "could not translate host name \"db.example.com\" to "
                                  "address."_s);
    unavailable.resize(1200, 760);
    unavailable.show();
    QVERIFY(QTest::qWaitForWindowExposed(&unavailable));
    QVERIFY(unavailable.grab().save(folder + u"/main-window-no-database.png"_s));
}

void MainWindowTest::menusFollowTheSignedInPersonsRoles()
{
    TestDatabase db(u"sqlite"_s);
    auto database = db.open();
    QVERIFY(database);
    QVERIFY(DemoCatalog::load(*database, u"en"_s).ok());
    Person requester;
    requester.login = u"plain"_s;
    requester.displayName = u"Paula Plain"_s;
    const auto id = PeopleStore(*database).createPerson(requester);
    QVERIFY(id);
    // The program signs in as whom it acted for last time on this database.
    AppSettings::setSignedInPerson(db.url().toDisplayString(), *id);

    MainWindow window(std::move(database), db.url());
    auto *signedIn = window.findChild<QToolButton *>(u"signedInButton"_s);
    QVERIFY(signedIn);
    QCOMPARE(signedIn->text(), u"Signed in as Paula Plain"_s);
    // A requester neither edits the catalog nor its SLA policies.
    QVERIFY(!window.findChild<QAction *>(u"categoriesAction"_s)->isVisible());
    QVERIFY(!window.findChild<QAction *>(u"servicesAction"_s)->isVisible());
    QVERIFY(!window.findChild<QMenu *>(u"slaMenu"_s)->menuAction()->isVisible());
    // The notifications button shows the unread count.
    auto *notifications = window.findChild<QToolButton *>(u"notificationsButton"_s);
    QVERIFY(notifications);
    QCOMPARE(notifications->text(), u"Notifications"_s);
    // Neither an approver nor an admin: no approvals to make.
    QVERIFY(!window.findChild<QAction *>(u"approvalsAction"_s)->isVisible());

    // The portal, then My requests, in the one window.
    window.findChild<QAction *>(u"portalAction"_s)->trigger();
    auto *workspace = window.findChild<QStackedWidget *>(u"workspace"_s);
    QVERIFY(workspace);
    QCOMPARE(workspace->currentWidget()->metaObject()->className(), "PortalView");
    window.findChild<QAction *>(u"myRequestsAction"_s)->trigger();
    QCOMPARE(workspace->currentWidget()->metaObject()->className(), "MyRequestsView");
    window.findChild<QAction *>(u"catalogAction"_s)->trigger();
    QCOMPARE(workspace->currentWidget()->metaObject()->className(), "CatalogBrowser");
}

void MainWindowTest::requestsFromThePortalAndFindsItInMyRequests()
{
    TestDatabase db(u"sqlite"_s);
    auto database = db.open();
    QVERIFY(database);
    QVERIFY(DemoCatalog::load(*database, u"en"_s).ok());
    const auto camille = PeopleStore(*database).peopleWithLogin(u"cpetit"_s);
    QVERIFY(camille && camille->size() == 1);
    AppSettings::setSignedInPerson(db.url().toDisplayString(), camille->first().id);
    qint64 resetId = 0;
    const auto services = CatalogStore(*database).services();
    QVERIFY(services);
    for (const Service &service : *services) {
        if (service.name == u"Password reset"_s)
            resetId = service.id;
    }
    QVERIFY(resetId > 0);

    MainWindow window(std::move(database), db.url());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(u"portalAction"_s)->trigger();
    auto *portal = window.findChild<PortalView *>();
    QVERIFY(portal && portal->openService(resetId));
    portal->requestPage()->form()->setAnswers(
        {{u"account"_s, u"windows"_s}, {u"phone"_s, u"+33 6 12 34 56 78"_s}});
    QTest::mouseClick(window.findChild<QAbstractButton *>(u"submitRequestButton"_s),
                      Qt::LeftButton);
    auto *goThere = window.findChild<QAbstractButton *>(u"goToMyRequestsButton"_s);
    QVERIFY(goThere);
    QTRY_VERIFY2(goThere->isVisible(), qPrintable(labelText(window, u"requestErrors"_s)));
    QTest::mouseClick(goThere, Qt::LeftButton);

    // The window now shows My requests, on the request just sent.
    auto *workspace = window.findChild<QStackedWidget *>(u"workspace"_s);
    QCOMPARE(workspace->currentWidget()->metaObject()->className(), "MyRequestsView");
    QTRY_COMPARE(labelText(*workspace->currentWidget(), u"requestTitle"_s), u"REQ-000001"_s);
}

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
