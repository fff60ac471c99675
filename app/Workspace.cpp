#include "Workspace.h"

#include "catalog/CatalogBrowser.h"
#include "portal/PortalView.h"
#include "requests/ApprovalsView.h"
#include "requests/MyRequestsView.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const auto portalSplitterKey = u"window/portalSplitter"_s;
} // namespace

Workspace::Workspace(const Stores &stores, CatalogBrowser *browser, QWidget *parent)
    : QStackedWidget(parent)
    , m_stores(stores)
    , m_browser(browser)
{
    setObjectName(u"workspace"_s);
    addWidget(m_browser);
}

Workspace::~Workspace()
{
    // Pages go before the stores they read, which the window owns.
    dropPersonPages();
}

void Workspace::showCatalog()
{
    setCurrentWidget(m_browser);
    m_browser->focusTree();
}

void Workspace::showPortal()
{
    if (!m_portal) {
        m_portal =
            new PortalView(m_stores.catalog, m_stores.people, m_stores.requests, m_stores.session);
        m_portal->restoreState(QSettings().value(portalSplitterKey).toByteArray());
        connect(m_portal, &PortalView::myRequestsRequested, this,
                [this](qint64 id) { showMyRequests(id); });
        addWidget(m_portal);
    }
    setCurrentWidget(m_portal);
}

void Workspace::showMyRequests(qint64 requestId)
{
    if (!m_myRequests) {
        m_myRequests = new MyRequestsView(m_stores.database, m_stores.requests, m_stores.workflow,
                                          m_stores.people, m_stores.session);
        addWidget(m_myRequests);
    }
    setCurrentWidget(m_myRequests);
    if (requestId > 0)
        m_myRequests->showRequest(requestId);
}

void Workspace::showApprovals()
{
    if (!m_approvals) {
        m_approvals = new ApprovalsView(m_stores.database, m_stores.requests, m_stores.workflow,
                                        m_stores.people, m_stores.session);
        addWidget(m_approvals);
    }
    setCurrentWidget(m_approvals);
}

void Workspace::dropPersonPages()
{
    if (m_portal)
        QSettings().setValue(portalSplitterKey, m_portal->saveState());
    const bool wasShowingOne = currentWidget() != m_browser;
    for (QWidget *page : {static_cast<QWidget *>(m_portal), static_cast<QWidget *>(m_myRequests),
                          static_cast<QWidget *>(m_approvals)}) {
        if (!page)
            continue;
        removeWidget(page);
        delete page;
    }
    m_portal = nullptr;
    m_myRequests = nullptr;
    m_approvals = nullptr;
    if (wasShowingOne && m_browser)
        setCurrentWidget(m_browser);
}
