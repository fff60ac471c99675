#pragma once

#include "storage/DatabaseUrl.h"

#include <QMainWindow>
#include <memory>

class BackgroundJobs;
class CatalogBrowser;
class CatalogEditorWindow;
class CalendarStore;
class CatalogStore;
class Database;
class EmptyState;
class PeopleStore;
class RequestStore;
class RequestWorkflow;
class SessionControl;
class Workspace;
class SlaPolicyStore;
class QLabel;
class QMenu;

// The program's window: the menus, the catalog browser in the middle, and
// the database in use named in the status bar. It opens even without a
// database, so that the settings can fix the connection.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(std::unique_ptr<Database> database, const DatabaseUrl &url,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Says why the database could not be opened, in place of the catalog.
    void showDatabaseError(const QString &message);
    // Opens another database (migrating it, and loading the demo into a new
    // SQLite file) and shows it. On failure the current one stays.
    bool switchDatabase(const DatabaseUrl &url, QString *error);

    void showCatalog();
    void showPortal();
    void showMyRequests();
    void showApprovals();
    // The catalog editor's window, opened on the categories or the services.
    void openCategoryEditor();
    void openServiceEditor();
    bool signIn();
    void sessionChanged();
    void openSlaPolicies();
    void openCalendars();
    void openUndeliveredMail();
    CatalogEditorWindow *catalogEditorWindow() const { return m_editorWindow; }
    void openSettings();
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void setDatabase(std::unique_ptr<Database> database, const DatabaseUrl &url);
    void releaseDatabase();
    EmptyState *createUnavailablePage(const QString &message);
    void retryDatabase();
    void updateDatabaseLabel();
    void saveLayout() const;
    CatalogEditorWindow *editorWindow();

    // Declared first, destroyed last: the stores and views refer to it.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CatalogStore> m_catalogStore;
    std::unique_ptr<PeopleStore> m_peopleStore;
    std::unique_ptr<CalendarStore> m_calendarStore;
    std::unique_ptr<SlaPolicyStore> m_slaPolicyStore;
    std::unique_ptr<RequestStore> m_requestStore;
    std::unique_ptr<RequestWorkflow> m_workflow;
    std::unique_ptr<SessionControl> m_sessionControl;
    std::unique_ptr<BackgroundJobs> m_jobs;
    DatabaseUrl m_url;

    CatalogBrowser *m_browser = nullptr;
    Workspace *m_workspace = nullptr;
    EmptyState *m_unavailablePage = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QAction *m_catalogAction = nullptr;
    QAction *m_categoriesAction = nullptr;
    QAction *m_servicesAction = nullptr;
    QMenu *m_slaMenu = nullptr;
    QAction *m_portalAction = nullptr;
    QAction *m_undeliveredAction = nullptr;
    QAction *m_myRequestsAction = nullptr;
    QAction *m_approvalsAction = nullptr;
    QAction *m_slaPoliciesAction = nullptr;
    QAction *m_calendarsAction = nullptr;
    CatalogEditorWindow *m_editorWindow = nullptr;
};
