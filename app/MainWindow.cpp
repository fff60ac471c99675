#include "MainWindow.h"

#include "AppSettings.h"
#include "ConnectionProbe.h"
#include "DatabaseOpener.h"
#include "SessionControl.h"
#include "SettingsDialog.h"
#include "Translator.h"
#include "Workspace.h"
#include "catalog/CatalogBrowser.h"
#include "catalog/CatalogEditorWindow.h"
#include "catalog/CatalogFileActions.h"
#include "catalog/CatalogStore.h"
#include "common/EmptyState.h"
#include "common/IconLibrary.h"
#include "jobs/BackgroundJobs.h"
#include "notifications/UndeliveredMail.h"
#include "notifications/UndeliveredMailDialog.h"
#include "people/PeopleStore.h"
#include "requests/RequestStore.h"
#include "requests/RequestWorkflow.h"
#include "sla/CalendarDialog.h"
#include "sla/CalendarStore.h"
#include "sla/SlaPolicyDialog.h"
#include "sla/SlaPolicyStore.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace {

const auto geometryKey = u"mainWindow/geometry"_s;
const auto splitterKey = u"mainWindow/catalogSplitter"_s;
constexpr QSize defaultSize(1200, 760);

// The language the program runs in: Translator::install made it the default.
QString runningLanguage()
{
    const QString language = QLocale().name().left(2);
    return Translator::supportedLanguages().contains(language) ? language : u"en"_s;
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> database, const DatabaseUrl &url, QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("KaliaOps Service Catalog"));
    setWindowIcon(IconLibrary::icon(u"service"_s));

    auto *databaseIcon = new QLabel;
    databaseIcon->setPixmap(IconLibrary::pixmap(u"database"_s, 16, devicePixelRatioF()));
    databaseIcon->setContentsMargins(6, 0, 0, 0);
    m_databaseLabel = new QLabel;
    m_databaseLabel->setObjectName(u"databaseLabel"_s);
    statusBar()->addWidget(databaseIcon);
    statusBar()->addWidget(m_databaseLabel, 1);
    createMenus();

    if (!restoreGeometry(QSettings().value(geometryKey).toByteArray()))
        resize(defaultSize);
    setDatabase(std::move(database), url);
}

MainWindow::~MainWindow()
{
    // The views go before the stores and the database they refer to.
    releaseDatabase();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    auto *catalogFiles = new CatalogFileActions([this] { return m_catalogStore.get(); }, this);
    file->addAction(catalogFiles->importAction());
    file->addAction(catalogFiles->exportAction());
    connect(catalogFiles, &CatalogFileActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setObjectName(u"settingsAction"_s);
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *itsm = menuBar()->addMenu(tr("&ITSM"));
    QMenu *catalog = itsm->addMenu(IconLibrary::icon(u"folder"_s), tr("Service &Catalog"));
    catalog->setObjectName(u"catalogMenu"_s);
    m_catalogAction = catalog->addAction(tr("&Browse"), this, &MainWindow::showCatalog);
    m_catalogAction->setObjectName(u"catalogAction"_s);
    m_catalogAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    catalog->addSeparator();
    m_categoriesAction =
        catalog->addAction(tr("C&ategories…"), this, &MainWindow::openCategoryEditor);
    m_categoriesAction->setObjectName(u"categoriesAction"_s);
    m_servicesAction = catalog->addAction(tr("&Services…"), this, &MainWindow::openServiceEditor);
    m_servicesAction->setObjectName(u"servicesAction"_s);

    QMenu *requests = menuBar()->addMenu(tr("&Requests"));
    requests->setObjectName(u"requestsMenu"_s);
    m_portalAction = requests->addAction(IconLibrary::icon(u"service"_s),
                                         tr("Self-Service &Portal"), this, &MainWindow::showPortal);
    m_portalAction->setObjectName(u"portalAction"_s);
    m_portalAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_myRequestsAction = requests->addAction(tr("&My Requests"), this, &MainWindow::showMyRequests);
    m_myRequestsAction->setObjectName(u"myRequestsAction"_s);
    m_myRequestsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_approvalsAction = requests->addAction(tr("My &Approvals"), this, &MainWindow::showApprovals);
    m_approvalsAction->setObjectName(u"approvalsAction"_s);
    m_approvalsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));

    m_undeliveredAction =
        itsm->addAction(tr("&Undelivered Notifications…"), this, &MainWindow::openUndeliveredMail);
    m_undeliveredAction->setObjectName(u"undeliveredAction"_s);

    m_slaMenu = itsm->addMenu(tr("S&LA"));
    m_slaMenu->setObjectName(u"slaMenu"_s);
    m_slaPoliciesAction =
        m_slaMenu->addAction(tr("&Policies…"), this, &MainWindow::openSlaPolicies);
    m_slaPoliciesAction->setObjectName(u"slaPoliciesAction"_s);
    m_calendarsAction = m_slaMenu->addAction(tr("&Calendars…"), this, &MainWindow::openCalendars);
    m_calendarsAction->setObjectName(u"calendarsAction"_s);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About KaliaOps"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::setDatabase(std::unique_ptr<Database> database, const DatabaseUrl &url)
{
    releaseDatabase();
    m_url = url;
    m_database = std::move(database);
    updateDatabaseLabel();
    m_catalogAction->setEnabled(m_database != nullptr);
    m_categoriesAction->setEnabled(m_database != nullptr);
    m_servicesAction->setEnabled(m_database != nullptr);
    m_slaPoliciesAction->setEnabled(m_database != nullptr);
    m_undeliveredAction->setEnabled(m_database != nullptr);
    for (QAction *action : {m_portalAction, m_myRequestsAction, m_approvalsAction})
        action->setEnabled(m_database != nullptr);
    m_calendarsAction->setEnabled(m_database != nullptr);
    if (!m_database) {
        showDatabaseError(tr("No database was given."));
        return;
    }

    m_catalogStore = std::make_unique<CatalogStore>(*m_database);
    m_peopleStore = std::make_unique<PeopleStore>(*m_database);
    m_calendarStore = std::make_unique<CalendarStore>(*m_database);
    m_slaPolicyStore = std::make_unique<SlaPolicyStore>(*m_database);
    m_requestStore = std::make_unique<RequestStore>(*m_database);
    m_workflow = std::make_unique<RequestWorkflow>(*m_database);
    if (!signIn())
        return;
    m_browser = new CatalogBrowser(*m_catalogStore, *m_peopleStore);
    m_browser->restoreState(QSettings().value(splitterKey).toByteArray());
    m_workspace = new Workspace({*m_database, *m_catalogStore, *m_peopleStore, *m_requestStore,
                                 *m_workflow, &m_sessionControl->session()},
                                m_browser);
    connect(m_sessionControl.get(), &SessionControl::requestActivated, m_workspace,
            [this](qint64 id) { m_workspace->showMyRequests(id); });
    setCentralWidget(m_workspace);

    // A single seat has no worker of its own: the program is it. In team
    // mode `kaliaops worker` runs on the server instead.
    if (!m_database->isPostgres()) {
        m_jobs = std::make_unique<BackgroundJobs>(*m_database);
        m_jobs->setMailSettings(AppSettings::mailSettings());
        // The mails and escalations a pass writes show in the inbox at once.
        connect(m_jobs.get(), &BackgroundJobs::passFinished, m_sessionControl.get(),
                &SessionControl::refreshNotifications);
        m_jobs->start();
    }
}

bool MainWindow::signIn()
{
    m_sessionControl = std::make_unique<SessionControl>(*m_database, m_url, this);
    connect(m_sessionControl.get(), &SessionControl::sessionChanged, this,
            &MainWindow::sessionChanged);
    if (const Status signedIn = m_sessionControl->signInAtStart(); !signedIn) {
        showDatabaseError(signedIn.error());
        return false;
    }
    return true;
}

// Every store acts for the one session; the menus follow the person's roles.
void MainWindow::sessionChanged()
{
    const Session &session = m_sessionControl->session();
    m_catalogStore->setSession(&session);
    m_requestStore->setSession(&session);
    m_workflow->setSession(&session);
    if (m_workspace)
        m_workspace->dropPersonPages();
    const bool admin = session.hasRole(Person::Role::CatalogAdmin);
    m_categoriesAction->setVisible(admin);
    m_servicesAction->setVisible(admin);
    m_slaMenu->menuAction()->setVisible(admin);
    m_undeliveredAction->setVisible(admin);
    m_approvalsAction->setVisible(admin || session.hasRole(Person::Role::Approver));
}

void MainWindow::showPortal()
{
    if (m_workspace)
        m_workspace->showPortal();
}

void MainWindow::showMyRequests()
{
    if (m_workspace)
        m_workspace->showMyRequests();
}

void MainWindow::showApprovals()
{
    if (m_workspace)
        m_workspace->showApprovals();
}

// Modal: the stores they edit stay put while they are open.
void MainWindow::openSlaPolicies()
{
    if (!m_slaPolicyStore)
        return;
    SlaPolicyDialog dialog(*m_slaPolicyStore, *m_calendarStore, this);
    dialog.exec();
}

void MainWindow::openUndeliveredMail()
{
    if (!m_database)
        return;
    UndeliveredMail mail(*m_database);
    UndeliveredMailDialog dialog(mail, this);
    dialog.exec();
}

void MainWindow::openCalendars()
{
    if (!m_calendarStore)
        return;
    CalendarDialog dialog(*m_calendarStore, this);
    dialog.exec();
}

void MainWindow::releaseDatabase()
{
    saveLayout();
    // The page shown without a database holds the buttons that may have led
    // here: it goes once their signal has returned. The browser goes now,
    // before the stores it reads.
    QWidget *central = takeCentralWidget();
    if (central && central == m_unavailablePage)
        central->deleteLater();
    else
        delete central;
    m_browser = nullptr;
    m_workspace = nullptr;
    m_unavailablePage = nullptr;
    // The editor refers to the stores too.
    delete m_editorWindow;
    m_editorWindow = nullptr;
    m_jobs.reset();
    m_sessionControl.reset();
    m_workflow.reset();
    m_requestStore.reset();
    m_slaPolicyStore.reset();
    m_calendarStore.reset();
    m_peopleStore.reset();
    m_catalogStore.reset();
    m_database.reset();
}

void MainWindow::showDatabaseError(const QString &message)
{
    if (m_database)
        return; // a database is open: the catalog stays
    if (m_unavailablePage) {
        m_unavailablePage->setMessage(tr("No database is open"),
                                      ConnectionProbe::tidyMessage(message));
        return;
    }
    m_unavailablePage = createUnavailablePage(ConnectionProbe::tidyMessage(message));
    setCentralWidget(m_unavailablePage);
}

EmptyState *MainWindow::createUnavailablePage(const QString &message)
{
    auto *page = new EmptyState(u"database"_s);
    page->setObjectName(u"databaseUnavailable"_s);
    page->setMessage(tr("No database is open"), message);

    auto *settings = new QPushButton(tr("Open Settings…"));
    settings->setObjectName(u"openSettingsButton"_s);
    settings->setDefault(true);
    connect(settings, &QPushButton::clicked, this, &MainWindow::openSettings);
    page->addAction(settings);

    if (m_url.isValid()) {
        auto *retry = new QPushButton(tr("Try Again"));
        retry->setObjectName(u"retryButton"_s);
        connect(retry, &QPushButton::clicked, this, &MainWindow::retryDatabase);
        page->addAction(retry);
    }
    return page;
}

void MainWindow::retryDatabase()
{
    QString error;
    if (!switchDatabase(m_url, &error))
        showDatabaseError(error);
}

bool MainWindow::switchDatabase(const DatabaseUrl &url, QString *error)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto database = DatabaseOpener::open(url, runningLanguage(), error);
    QApplication::restoreOverrideCursor();
    if (!database)
        return false;
    setDatabase(std::move(database), url);
    statusBar()->showMessage(tr("Opened %1.").arg(url.toDisplayString()), 5000);
    return true;
}

void MainWindow::updateDatabaseLabel()
{
    QString text;
    switch (m_url.backend()) {
    case DatabaseUrl::Backend::Sqlite:
        text = tr("SQLite — %1").arg(m_url.sqlitePath());
        break;
    case DatabaseUrl::Backend::Postgres:
        // user@host:port/database, without the scheme the label already names.
        text = tr("PostgreSQL — %1").arg(m_url.toDisplayString().section(u"://"_s, 1));
        break;
    case DatabaseUrl::Backend::Invalid:
        text = tr("No database");
        break;
    }
    if (m_url.isValid() && !m_database)
        text = tr("Not connected: %1").arg(text);
    m_databaseLabel->setText(text);
    m_databaseLabel->setToolTip(m_url.toDisplayString());
}

void MainWindow::showCatalog()
{
    if (!m_workspace)
        return;
    raise();
    activateWindow();
    m_workspace->showCatalog();
}

CatalogEditorWindow *MainWindow::editorWindow()
{
    if (!m_editorWindow && m_catalogStore)
        m_editorWindow = new CatalogEditorWindow(*m_catalogStore, *m_peopleStore, this);
    return m_editorWindow;
}

void MainWindow::openCategoryEditor()
{
    if (CatalogEditorWindow *window = editorWindow())
        window->showCategories();
}

void MainWindow::openServiceEditor()
{
    if (CatalogEditorWindow *window = editorWindow())
        window->showServices();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_url, AppSettings::language(), this);
    dialog.setMailSettings(AppSettings::mailSettings());
    // The dialog stays open until the chosen database opens, or the user
    // gives up: the current database stays in use meanwhile.
    while (dialog.exec() == QDialog::Accepted) {
        const DatabaseUrl url = dialog.databaseUrl();
        QString error;
        if (url != m_url || !m_database) {
            // The editor's unsaved edits belong to the database being left.
            if (m_editorWindow && !m_editorWindow->close())
                return;
            if (!switchDatabase(url, &error)) {
                dialog.showError(ConnectionProbe::tidyMessage(error));
                continue;
            }
        }
        AppSettings::setDatabaseUrl(url.toString());
        AppSettings::setMailSettings(dialog.mailSettings());
        if (m_jobs)
            m_jobs->setMailSettings(dialog.mailSettings());
        if (dialog.language() != AppSettings::language()) {
            AppSettings::setLanguage(dialog.language());
            statusBar()->showMessage(tr("The new language applies the next time KaliaOps starts."));
        }
        return;
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About KaliaOps"),
        tr("<h3>KaliaOps Service Catalog %1</h3>"
           "<p>The catalog of IT services that people can request, with approval rules, "
           "fulfilment teams and service levels.</p>"
           "<p>Runs on an SQLite file for one desk, or on a shared PostgreSQL server for a "
           "team.</p><p>Built with Qt %2.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Unsaved edits in the catalog editor are not lost without asking.
    if (m_editorWindow && !m_editorWindow->close()) {
        event->ignore();
        return;
    }
    saveLayout();
    QSettings().setValue(geometryKey, saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::saveLayout() const
{
    if (m_browser)
        QSettings().setValue(splitterKey, m_browser->saveState());
}
