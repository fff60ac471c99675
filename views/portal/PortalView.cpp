#include "PortalView.h"

#include "PortalBrowser.h"
#include "ServiceRequestPage.h"

using namespace Qt::StringLiterals;

PortalView::PortalView(const CatalogStore &catalog, const PeopleStore &people,
                       RequestStore &requests, const Session *session, QWidget *parent)
    : QStackedWidget(parent)
{
    setObjectName(u"portalView"_s);
    m_browser = new PortalBrowser(catalog);
    m_requestPage = new ServiceRequestPage(catalog, people, requests, session);
    addWidget(m_browser);
    addWidget(m_requestPage);

    connect(m_browser, &PortalBrowser::serviceOpened, this, &PortalView::openService);
    connect(m_requestPage, &ServiceRequestPage::backRequested, this, &PortalView::showCatalog);
    connect(m_requestPage, &ServiceRequestPage::myRequestsRequested, this,
            &PortalView::myRequestsRequested);
}

bool PortalView::openService(qint64 serviceId)
{
    // A double click opens once: its first click already did.
    if (currentWidget() == m_requestPage && m_requestPage->serviceId() == serviceId)
        return true;
    const bool requestable = m_requestPage->showService(serviceId);
    setCurrentWidget(m_requestPage);
    return requestable;
}

void PortalView::showCatalog()
{
    m_requestPage->leave();
    setCurrentWidget(m_browser);
    m_browser->focusCards();
}

QByteArray PortalView::saveState() const
{
    return m_browser->saveState();
}

void PortalView::restoreState(const QByteArray &state)
{
    m_browser->restoreState(state);
}
