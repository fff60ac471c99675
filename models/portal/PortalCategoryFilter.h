#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

// The categories of a CatalogTreeModel as a requester browses them: only the
// categories that hold an active service, directly or in a category below;
// services themselves are left out (the portal shows them as cards).
class PortalCategoryFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PortalCategoryFilter(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool collect(const QModelIndex &category) const;

    // Ids of the categories to show, found once per reset of the source.
    mutable QSet<qint64> m_shown;
    mutable bool m_stale = true;
    QMetaObject::Connection m_resetConnection;
};
