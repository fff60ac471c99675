#include "PortalBrowser.h"

#include "ServiceCardView.h"
#include "catalog/CatalogStore.h"
#include "catalog/CatalogTreeModel.h"
#include "common/EmptyState.h"
#include "common/IconProxyModel.h"
#include "common/WidgetStyle.h"
#include "portal/PortalCategoryFilter.h"
#include "portal/ServiceCardModel.h"
#include "portal/ServiceSearch.h"

#include <QAction>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
constexpr int treeIconSize = 20;
constexpr int sideMargin = 8;
// Long enough to let a word be typed, short enough to feel immediate.
constexpr int searchDelayMs = 150;
// A small catalog shows every category at once; a large one, its top.
constexpr int expandAllBelow = 100;
} // namespace

PortalBrowser::PortalBrowser(const CatalogStore &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
{
    setObjectName(u"portalBrowser"_s);
    // The index first: it reloads before the tree when the catalog changes.
    m_search = new ServiceSearch(catalog, this);
    m_model = new CatalogTreeModel(catalog, this);
    m_filter = new PortalCategoryFilter(this);
    m_filter->setSourceModel(m_model);
    m_icons =
        new IconProxyModel(CatalogTreeModel::IconNameRole, CatalogTreeModel::ActiveRole, this);
    m_icons->setFallbackIcon(u"folder"_s);
    m_icons->setSourceModel(m_filter);
    m_cards = new ServiceCardModel(*m_search, catalog.database(), this);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(u"portalSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(createTreeSide());
    m_splitter->addWidget(createCardSide());
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({280, 920});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PortalBrowser::showSelection);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &PortalBrowser::searchTextEdited);
    connect(m_searchDelay, &QTimer::timeout, this, [this] { showResults(m_searchEdit->text()); });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            &PortalBrowser::rememberSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PortalBrowser::restoreSelection);
    connect(m_search, &ServiceSearch::catalogReloaded, this, [this] {
        if (!m_searchEdit->text().trimmed().isEmpty())
            showResults(m_searchEdit->text());
    });
    connect(m_cardView, &ServiceCardView::serviceOpened, this, &PortalBrowser::serviceOpened);

    restoreSelection();
}

QWidget *PortalBrowser::createTreeSide()
{
    m_tree = new QTreeView;
    m_tree->setObjectName(u"portalCategoryTree"_s);
    m_tree->setModel(m_icons);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setIconSize(QSize(treeIconSize, treeIconSize));
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *heading = new QLabel(tr("Categories"));
    WidgetStyle::scaleFont(heading, 1.1, QFont::DemiBold);
    auto *side = new QWidget;
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(sideMargin, sideMargin, 0, sideMargin);
    layout->setSpacing(6);
    layout->addWidget(heading);
    layout->addWidget(m_tree, 1);
    return side;
}

QWidget *PortalBrowser::createCardSide()
{
    m_searchEdit = new QLineEdit;
    m_searchEdit->setObjectName(u"portalSearch"_s);
    m_searchEdit->setPlaceholderText(tr("Search services…"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->installEventFilter(this);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, &PortalBrowser::focusSearch);
    addAction(find);

    m_title = new QLabel;
    m_title->setObjectName(u"portalTitle"_s);
    WidgetStyle::scaleFont(m_title, 1.4, QFont::Bold);
    m_count = new QLabel;
    m_count->setObjectName(u"portalResultCount"_s);
    WidgetStyle::mute(m_count);

    m_cardView = new ServiceCardView;
    m_cardView->setObjectName(u"portalCards"_s);
    m_cardView->setModel(m_cards);
    m_emptyState = new EmptyState(u"service"_s);
    m_emptyState->setObjectName(u"portalEmptyState"_s);
    m_cardStack = new QStackedWidget;
    m_cardStack->addWidget(m_cardView);
    m_cardStack->addWidget(m_emptyState);

    auto *side = new QWidget;
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(sideMargin, sideMargin, sideMargin, 0);
    layout->setSpacing(6);
    layout->addWidget(m_searchEdit);
    layout->addSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_count);
    layout->addWidget(m_cardStack, 1);
    return side;
}

bool PortalBrowser::eventFilter(QObject *watched, QEvent *event)
{
    // Down or Enter in the search box goes to the results.
    if (watched != m_searchEdit || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (key != Qt::Key_Down && key != Qt::Key_Return && key != Qt::Key_Enter)
        return false;
    if (m_searchDelay->isActive()) {
        m_searchDelay->stop();
        showResults(m_searchEdit->text());
    }
    m_cardView->focusFirstCard();
    return true;
}

void PortalBrowser::searchTextEdited()
{
    if (m_searchEdit->text().trimmed().isEmpty()) {
        m_searchDelay->stop();
        showSelection();
        return;
    }
    m_searchDelay->start();
}

void PortalBrowser::search(const QString &text)
{
    m_searchEdit->setText(text);
    m_searchDelay->stop();
    if (!text.trimmed().isEmpty())
        showResults(text);
}

void PortalBrowser::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void PortalBrowser::focusCards()
{
    if (!m_cardView->isVisible() || !m_cardView->focusFirstCard())
        m_searchEdit->setFocus(Qt::OtherFocusReason);
}

qint64 PortalBrowser::selectedCategory() const
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(CatalogTreeModel::IdRole).toLongLong();
}

void PortalBrowser::showSelection()
{
    // Choosing a category ends a search; the search itself does not move the tree.
    if (!m_searchEdit->text().trimmed().isEmpty() && m_tree->hasFocus() && !m_restoring) {
        const QSignalBlocker quiet(m_searchEdit);
        m_searchEdit->clear();
        m_searchDelay->stop();
    }
    if (!m_searchEdit->text().trimmed().isEmpty())
        return;
    showCategory(selectedCategory());
}

bool PortalBrowser::selectCategory(qint64 id)
{
    const QModelIndex index =
        m_icons->mapFromSource(m_filter->mapFromSource(m_model->indexForCategory(id)));
    if (!index.isValid())
        return false;
    {
        const QSignalBlocker quiet(m_searchEdit);
        m_searchEdit->clear();
        m_searchDelay->stop();
    }
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    showCategory(id);
    return true;
}

void PortalBrowser::rememberSelection()
{
    m_rememberedCategory = selectedCategory();
}

void PortalBrowser::restoreSelection()
{
    m_restoring = true;
    if (m_search->categoryCount() < expandAllBelow)
        m_tree->expandAll();
    else
        m_tree->expandToDepth(0);
    const QModelIndex index = m_icons->mapFromSource(
        m_filter->mapFromSource(m_model->indexForCategory(m_rememberedCategory)));
    if (index.isValid())
        m_tree->setCurrentIndex(index);
    else
        selectFirstCategory();
    m_restoring = false;
    showSelection();
}

void PortalBrowser::selectFirstCategory()
{
    if (m_icons->rowCount() > 0)
        m_tree->setCurrentIndex(m_icons->index(0, 0));
}

QByteArray PortalBrowser::saveState() const
{
    return m_splitter->saveState();
}

void PortalBrowser::restoreState(const QByteArray &state)
{
    m_splitter->restoreState(state);
}
