// CatalogEditor's tree: filtering, selection by id, and what survives a
// reload (the expanded categories, the selected item, the warning signs).
#include "CatalogEditor.h"
#include "WarningProxyModel.h"
#include "catalog/CatalogStore.h"
#include "catalog/CatalogTreeModel.h"
#include "catalog/TextFolding.h"
#include "people/PeopleStore.h"

#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>

namespace {
template <typename T> QList<T> orEmpty(const Result<QList<T>> &result)
{
    return result ? *result : QList<T>();
}
} // namespace

void CatalogEditor::applyFilter(const QString &text)
{
    const QString folded = TextFolding::fold(text.trimmed());

    // Collapsed first: an expanded view lays itself out again for each range
    // of rows the filter removes, which costs seconds on a large catalog.
    m_tree->collapseAll();
    m_filter->setFilterFixedString(folded);

    // While filtering, every match shows with its parents.
    if (!folded.isEmpty()) {
        m_tree->expandAll();
        return;
    }
    m_tree->collapseAll();
    for (int row = 0; row < m_icons->rowCount(); ++row)
        m_tree->expand(m_icons->index(row, 0));
    if (m_tree->currentIndex().isValid())
        m_tree->scrollTo(m_tree->currentIndex());
}

QModelIndex CatalogEditor::toView(const QModelIndex &sourceIndex) const
{
    return m_icons->mapFromSource(m_filter->mapFromSource(sourceIndex));
}

bool CatalogEditor::selectSourceIndex(const QModelIndex &sourceIndex)
{
    if (!sourceIndex.isValid())
        return false;
    if (!toView(sourceIndex).isValid())
        m_filterEdit->clear();
    const QModelIndex viewIndex = toView(sourceIndex);
    m_tree->setCurrentIndex(viewIndex);
    m_tree->scrollTo(viewIndex);
    return true;
}

bool CatalogEditor::selectCategory(qint64 id)
{
    return selectSourceIndex(m_model->indexForCategory(id));
}

bool CatalogEditor::selectService(qint64 id)
{
    return selectSourceIndex(m_model->indexForService(id));
}

void CatalogEditor::selectFirst(int kind)
{
    if (m_currentKind != 0)
        return;
    // Depth first, so that the first service found is the first one shown.
    QModelIndexList pending = {QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeFirst();
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex child = m_model->index(row, 0, parent);
            if (child.data(CatalogTreeModel::ItemKindRole).toInt() == kind) {
                selectSourceIndex(child);
                return;
            }
            pending.append(child);
        }
    }
}

void CatalogEditor::rememberTree()
{
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

void CatalogEditor::restoreTree()
{
    updateWarnings();
    for (const qint64 id : std::as_const(m_expandedCategories))
        m_tree->expand(toView(m_model->indexForCategory(id)));

    // A draft stays as it is; a saved item is selected again and shown fresh
    // unless the user is in the middle of editing it.
    if (m_currentKind == 0 || m_currentId == 0)
        return;
    m_changingSelection = true;
    const bool present = m_currentKind == CatalogTreeModel::ServiceItem
                             ? selectService(m_currentId)
                             : selectCategory(m_currentId);
    m_changingSelection = false;
    if (!present)
        showNothing();
    else if (!hasUnsavedChanges())
        showItem(m_currentKind, m_currentId);
}

void CatalogEditor::updateWarnings()
{
    const auto categories = m_catalog.categories();
    const auto services = m_catalog.services();
    if (!categories || !services)
        return;
    m_warnings = std::make_unique<CatalogWarnings>(
        *categories, *services, orEmpty(m_people.people()), orEmpty(m_people.teams()));

    QHash<QPair<int, qint64>, QString> warnings;
    for (const Category &category : *categories) {
        if (const QString text = m_warnings->categoryWarning(category.id); !text.isEmpty())
            warnings.insert({CatalogTreeModel::CategoryItem, category.id}, text);
    }
    for (const Service &service : *services) {
        if (const QString text = m_warnings->serviceWarning(service); !text.isEmpty())
            warnings.insert({CatalogTreeModel::ServiceItem, service.id}, text);
    }
    m_icons->setWarnings(warnings);
    m_tree->viewport()->update();
}
