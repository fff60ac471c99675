#pragma once

#include "Category.h"
#include "Service.h"

#include <QAbstractItemModel>
#include <QHash>
#include <vector>

class CatalogStore;

// The catalog as one tree: each category holds its sub-categories first, then
// its services, both ordered by display order then name, as the store returns
// them. Read-only; it reloads whenever the store reports a change.
//
// The model stays free of QtGui: it names icons (IconNameRole) and says which
// services are inactive (ActiveRole); a view-side proxy turns those into
// pictures and colours.
class CatalogTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ColumnCount,
    };

    enum Role
    {
        ItemKindRole = Qt::UserRole, // int: an ItemKind
        IdRole,                      // qint64: the category's or the service's id
        IconNameRole,                // QString: an icon name such as "laptop", never empty
        ActiveRole,                  // bool: false for an inactive service
        SearchTextRole,              // QString: name and keywords, for filtering
        FoldedSearchTextRole,        // QString: SearchTextRole lower-cased, accents dropped
    };

    enum ItemKind
    {
        CategoryItem = 1,
        ServiceItem = 2,
    };

    explicit CatalogTreeModel(const CatalogStore &store, QObject *parent = nullptr);

    // The message of the last failed load, or empty.
    QString errorText() const { return m_errorText; }

    QModelIndex indexForCategory(qint64 id) const;
    QModelIndex indexForService(qint64 id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Drag and drop (CatalogTreeModelDrops.cpp). A drop writes nothing: it
    // emits moveRequested() for the editor to carry out, undoably.
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    // Drags are off until an editor turns them on; the browser stays read-only.
    void setDragEnabled(bool enabled) { m_dragEnabled = enabled; }

signals:
    // A drop asks to move an item (an ItemKind) under newParentId (0: top
    // level) at position among the siblings of its kind.
    void moveRequested(int kind, qint64 id, qint64 newParentId, int position);

public slots:
    // Reads the whole catalog again (a model reset).
    void reload();

private:
    // One row of the tree. Node 0 is the invisible root.
    struct Node
    {
        ItemKind kind = CategoryItem;
        qint64 id = 0;
        int parent = -1;
        int row = 0;
        QList<int> children;
        QString foldedSearchText;
    };

    void rebuild(const QList<Category> &categories, const QList<Service> &services);
    int addChild(int parentNode, ItemKind kind, qint64 id);
    const Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(int node) const;
    const Category &categoryWithId(qint64 id) const;
    const Service &serviceWithId(qint64 id) const;

    QString iconName(const Node &node) const;
    QString toolTip(const Node &node) const;
    QString searchText(const Node &node) const;

    const CatalogStore &m_store;
    std::vector<Node> m_nodes;
    QHash<qint64, Category> m_categories;
    QHash<qint64, Service> m_services;
    QHash<qint64, int> m_categoryNodes;
    QHash<qint64, int> m_serviceNodes;
    QString m_errorText;
    bool m_dragEnabled = false;
};
