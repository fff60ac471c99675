#pragma once

#include <QStackedWidget>

class CatalogStore;
class PeopleStore;
class PortalBrowser;
class RequestStore;
class ServiceRequestPage;
class Session;

// The page of the menu "Self-service portal": the catalog as requesters
// browse and search it, and a service's page with its form when they open
// one.
//
// The stores and the session must outlive the view; the request store must
// act for that same session (RequestStore::setSession), which signs the
// requests. The catalog store's changes refresh the view; people are read
// when a service is opened (for person fields and the approver's name).
// Drafts are kept per session's person under the application data folder.
class PortalView : public QStackedWidget
{
    Q_OBJECT

public:
    PortalView(const CatalogStore &catalog, const PeopleStore &people, RequestStore &requests,
               const Session *session, QWidget *parent = nullptr);

    // Shows the service's page; false (and the reason on it) when the
    // service cannot be requested.
    bool openService(qint64 serviceId);
    // Back to the categories and cards, the draft saved.
    void showCatalog();

    PortalBrowser *browser() const { return m_browser; }
    ServiceRequestPage *requestPage() const { return m_requestPage; }

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

signals:
    // "Go to My requests" after sending a request.
    void myRequestsRequested(qint64 requestId);

private:
    PortalBrowser *m_browser = nullptr;
    ServiceRequestPage *m_requestPage = nullptr;
};
