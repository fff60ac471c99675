#pragma once

#include <QStackedWidget>

class CatalogBrowser;
class CatalogStore;
class Database;
class MyRequestsView;
class ApprovalsView;
class PeopleStore;
class PortalView;
class RequestStore;
class RequestWorkflow;
class Session;

// The pages of the main window: the catalog browser, the self-service
// portal, "My requests" and "My approvals". The person's pages are made
// when first shown and dropped when another person signs in, so each shows
// what its person may see.
class Workspace : public QStackedWidget
{
    Q_OBJECT

public:
    struct Stores
    {
        const Database &database;
        CatalogStore &catalog;
        PeopleStore &people;
        RequestStore &requests;
        RequestWorkflow &workflow;
        const Session *session;
    };

    Workspace(const Stores &stores, CatalogBrowser *browser, QWidget *parent = nullptr);
    ~Workspace() override;

    void showCatalog();
    void showPortal();
    void showMyRequests(qint64 requestId = 0);
    void showApprovals();
    // Another person signed in: their pages start afresh.
    void dropPersonPages();

    CatalogBrowser *browser() const { return m_browser; }
    PortalView *portal() const { return m_portal; }
    MyRequestsView *myRequests() const { return m_myRequests; }
    ApprovalsView *approvals() const { return m_approvals; }

private:
    Stores m_stores;
    CatalogBrowser *m_browser = nullptr;
    PortalView *m_portal = nullptr;
    MyRequestsView *m_myRequests = nullptr;
    ApprovalsView *m_approvals = nullptr;
};
