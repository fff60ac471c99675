#include "CatalogBrowser.h"

#include "CatalogDetailPanel.h"
#include "catalog/CatalogTreeModel.h"
#include "common/EmptyState.h"
#include "common/IconProxyModel.h"

#include <QAction>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int treeIconSize = 20;
constexpr int sideMargin = 8;
constexpr int initialTreeWidth = 340;
constexpr int initialDetailWidth = 860;
} // namespace

CatalogBrowser::CatalogBrowser(const CatalogStore &catalog, const PeopleStore &people,
                               QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"catalogBrowser"_s);

    // Source model, then filtering, then icons and colours on top.
    m_model = new CatalogTreeModel(catalog, this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(CatalogTreeModel::SearchTextRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setAutoAcceptChildRows(true);
    m_icons =
        new IconProxyModel(CatalogTreeModel::IconNameRole, CatalogTreeModel::ActiveRole, this);
    m_icons->setFallbackIcon(u"service"_s);
    m_icons->setSourceModel(m_filter);

    m_detail = new CatalogDetailPanel(catalog, people);
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(u"catalogSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(createTreeSide());
    m_splitter->addWidget(createDetailSide());
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({initialTreeWidth, initialDetailWidth});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CatalogBrowser::showSelection);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &CatalogBrowser::applyFilter);
    // Connected after the proxies, so that they have caught up when this runs.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            &CatalogBrowser::rememberState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CatalogBrowser::restoreTreeState);

    expandTopLevel();
    updateTreePlaceholder();
}

QWidget *CatalogBrowser::createTreeSide()
{
    m_filterEdit = new QLineEdit;
    m_filterEdit->setObjectName(u"catalogFilter"_s);
    m_filterEdit->setPlaceholderText(tr("Filter by name or keyword"));
    m_filterEdit->setClearButtonEnabled(true);
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, m_filterEdit,
            [this] { m_filterEdit->setFocus(Qt::ShortcutFocusReason); });
    addAction(findAction);

    m_tree = new QTreeView;
    m_tree->setObjectName(u"catalogTree"_s);
    m_tree->setModel(m_icons);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setIconSize(QSize(treeIconSize, treeIconSize));
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_treePlaceholder = new EmptyState(u"folder"_s);
    m_treePlaceholder->setObjectName(u"catalogTreePlaceholder"_s);
    m_treeStack = new QStackedWidget;
    m_treeStack->addWidget(m_tree);
    m_treeStack->addWidget(m_treePlaceholder);

    auto *side = new QWidget;
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(sideMargin, sideMargin, 0, sideMargin);
    layout->setSpacing(6);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_treeStack, 1);
    return side;
}

QWidget *CatalogBrowser::createDetailSide()
{
    // Framed like the tree, on the base colour, so the details read as a page.
    m_detail->setFrameShape(QFrame::StyledPanel);
    m_detail->setAutoFillBackground(true);
    m_detail->setBackgroundRole(QPalette::Base);

    auto *side = new QWidget;
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, sideMargin, sideMargin, sideMargin);
    layout->addWidget(m_detail);
    return side;
}

bool CatalogBrowser::selectCategory(qint64 id)
{
    return selectSourceIndex(m_model->indexForCategory(id));
}

bool CatalogBrowser::selectService(qint64 id)
{
    return selectSourceIndex(m_model->indexForService(id));
}

QModelIndex CatalogBrowser::toView(const QModelIndex &sourceIndex) const
{
    return m_icons->mapFromSource(m_filter->mapFromSource(sourceIndex));
}

bool CatalogBrowser::selectSourceIndex(const QModelIndex &sourceIndex)
{
    if (!sourceIndex.isValid())
        return false;

    // An item the filter hides cannot be selected: show everything again.
    if (!toView(sourceIndex).isValid())
        m_filterEdit->clear();
    const QModelIndex viewIndex = toView(sourceIndex);
    m_tree->setCurrentIndex(viewIndex);
    m_tree->scrollTo(viewIndex);
    return true;
}

void CatalogBrowser::showSelection()
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_detail->showNothing();
        return;
    }
    const QModelIndex index = rows.first();
    const qint64 id = index.data(CatalogTreeModel::IdRole).toLongLong();
    if (index.data(CatalogTreeModel::ItemKindRole).toInt() == CatalogTreeModel::ServiceItem)
        m_detail->showService(id);
    else
        m_detail->showCategory(id);
}

void CatalogBrowser::applyFilter(const QString &text)
{
    // Collapsed first: an expanded view lays itself out again for each range
    // of rows the filter removes, which costs seconds on a large catalog.
    m_tree->collapseAll();
    m_filter->setFilterFixedString(text.trimmed());

    // While filtering, every match shows; afterwards, the usual overview.
    if (!text.trimmed().isEmpty()) {
        m_tree->expandAll();
    } else {
        m_tree->collapseAll();
        expandTopLevel();
        if (const QModelIndex current = m_tree->currentIndex(); current.isValid())
            m_tree->scrollTo(current);
    }
    updateTreePlaceholder();
}

void CatalogBrowser::updateTreePlaceholder()
{
    if (m_icons->rowCount() > 0) {
        m_treeStack->setCurrentWidget(m_tree);
        return;
    }

    if (!m_filterEdit->text().trimmed().isEmpty()) {
        m_treePlaceholder->setMessage(
            tr("Nothing matches"), tr("No category or service has \"%1\" in its name or keywords.")
                                       .arg(m_filterEdit->text().trimmed()));
    } else if (!m_model->errorText().isEmpty()) {
        m_treePlaceholder->setMessage(tr("The catalog cannot be read"), m_model->errorText());
    } else {
        m_treePlaceholder->setMessage(
            tr("The catalog is empty"),
            tr("Import a catalog with \"kaliaops catalog import FILE.json\", or load the demo "
               "catalog with \"kaliaops demo load\"."));
    }
    m_treeStack->setCurrentWidget(m_treePlaceholder);
}

void CatalogBrowser::expandTopLevel()
{
    for (int row = 0; row < m_icons->rowCount(); ++row)
        m_tree->expand(m_icons->index(row, 0));
}

void CatalogBrowser::rememberState()
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    m_selectedKind = rows.isEmpty() ? 0 : rows.first().data(CatalogTreeModel::ItemKindRole).toInt();
    m_selectedId = rows.isEmpty() ? 0 : rows.first().data(CatalogTreeModel::IdRole).toLongLong();

    m_expandedCategories.clear();
    QModelIndexList pending = {QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        for (int row = 0; row < m_icons->rowCount(parent); ++row) {
            const QModelIndex child = m_icons->index(row, 0, parent);
            if (!m_tree->isExpanded(child))
                continue;
            m_expandedCategories.insert(child.data(CatalogTreeModel::IdRole).toLongLong());
            pending.append(child);
        }
    }
}

void CatalogBrowser::restoreTreeState()
{
    for (const qint64 id : std::as_const(m_expandedCategories))
        m_tree->expand(toView(m_model->indexForCategory(id)));
    if (m_expandedCategories.isEmpty())
        expandTopLevel();

    // The selected item may have gone; the details show fresh data either way.
    const bool reselected =
        m_selectedKind == CatalogTreeModel::ServiceItem
            ? selectService(m_selectedId)
            : m_selectedKind == CatalogTreeModel::CategoryItem && selectCategory(m_selectedId);
    if (!reselected)
        m_detail->showNothing();
    updateTreePlaceholder();
}

QByteArray CatalogBrowser::saveState() const
{
    return m_splitter->saveState();
}

void CatalogBrowser::restoreState(const QByteArray &state)
{
    m_splitter->restoreState(state);
}

void CatalogBrowser::focusTree()
{
    // An empty catalog shows a message instead of the tree.
    if (m_tree->isVisible())
        m_tree->setFocus(Qt::OtherFocusReason);
    else
        m_filterEdit->setFocus(Qt::OtherFocusReason);
}
