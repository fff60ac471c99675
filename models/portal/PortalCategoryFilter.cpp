#include "PortalCategoryFilter.h"

#include "catalog/CatalogTreeModel.h"

PortalCategoryFilter::PortalCategoryFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void PortalCategoryFilter::setSourceModel(QAbstractItemModel *sourceModel)
{
    disconnect(m_resetConnection);
    m_stale = true;
    // Told before the reset, after which the proxy filters again.
    if (sourceModel) {
        m_resetConnection = connect(sourceModel, &QAbstractItemModel::modelAboutToBeReset, this,
                                    [this] { m_stale = true; });
    }
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

bool PortalCategoryFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_stale) {
        m_shown.clear();
        for (int row = 0; row < sourceModel()->rowCount(); ++row)
            collect(sourceModel()->index(row, 0));
        m_stale = false;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(CatalogTreeModel::ItemKindRole).toInt() != CatalogTreeModel::CategoryItem)
        return false;
    return m_shown.contains(index.data(CatalogTreeModel::IdRole).toLongLong());
}

// Whether the category holds an active service, directly or below; one walk
// of the whole tree answers for every category.
bool PortalCategoryFilter::collect(const QModelIndex &category) const
{
    bool holds = false;
    const QAbstractItemModel *model = sourceModel();
    for (int row = 0; row < model->rowCount(category); ++row) {
        const QModelIndex child = model->index(row, 0, category);
        if (child.data(CatalogTreeModel::ItemKindRole).toInt() == CatalogTreeModel::CategoryItem)
            holds |= collect(child);
        else
            holds |= child.data(CatalogTreeModel::ActiveRole).toBool();
    }
    if (holds)
        m_shown.insert(category.data(CatalogTreeModel::IdRole).toLongLong());
    return holds;
}
