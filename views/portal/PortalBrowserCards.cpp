// PortalBrowser: what the right side shows, a category's services or the
// results of a search, as cards or as a message.
#include "PortalBrowser.h"
#include "ServiceCardView.h"
#include "common/EmptyState.h"
#include "portal/ServiceCardModel.h"
#include "portal/ServiceSearch.h"

#include <QLabel>
#include <QStackedWidget>

void PortalBrowser::showCategory(qint64 id)
{
    const Category *category = m_search->category(id);
    if (!category) {
        m_cards->setServiceIds({});
        m_title->clear();
        m_count->clear();
        if (!m_search->errorText().isEmpty())
            showEmpty(tr("The catalog cannot be read"), m_search->errorText());
        else if (m_search->serviceCount() == 0)
            showEmpty(tr("Nothing to request yet"),
                      tr("The catalog offers no service for now. Ask your IT team."));
        else
            showEmpty(tr("Choose a category"), tr("Or search for a service by name or keyword."));
        return;
    }
    const QList<qint64> ids = m_search->inCategory(id);
    m_cards->setServiceIds(ids);
    m_title->setText(category->name);
    m_count->setText(tr("%n service(s)", nullptr, int(ids.size())));
    m_cardStack->setCurrentWidget(m_cardView);
    m_cardView->scrollToTop();
}

void PortalBrowser::showResults(const QString &text)
{
    const QString words = text.simplified();
    if (words.isEmpty())
        return;
    const QList<qint64> ids = m_search->find(words);
    m_cards->setServiceIds(ids);
    m_title->setText(tr("Search results"));
    if (ids.isEmpty()) {
        m_count->setText(tr("No service matches \"%1\"").arg(words));
        showEmpty(tr("No service matches \"%1\"").arg(words),
                  tr("Check the spelling, try other words, or browse the categories."));
        return;
    }
    m_count->setText(tr("%n service(s) match \"%1\"", nullptr, int(ids.size())).arg(words));
    m_cardStack->setCurrentWidget(m_cardView);
    m_cardView->scrollToTop();
}

void PortalBrowser::showEmpty(const QString &title, const QString &detail)
{
    m_emptyState->setMessage(title, detail);
    m_cardStack->setCurrentWidget(m_emptyState);
}
