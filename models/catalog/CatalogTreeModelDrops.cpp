// Drag and drop for CatalogTreeModel: kept apart from the tree's reading code.
#include "CatalogTreeModel.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const auto itemMimeType = u"application/x-kaliaops-catalog-item"_s;

struct DraggedItem
{
    int kind = 0;
    qint64 id = 0;
};

std::optional<DraggedItem> readItem(const QMimeData *data)
{
    if (!data || !data->hasFormat(itemMimeType))
        return std::nullopt;
    QByteArray bytes = data->data(itemMimeType);
    QDataStream stream(&bytes, QIODevice::ReadOnly);
    DraggedItem item;
    stream >> item.kind >> item.id;
    if (stream.status() != QDataStream::Ok || item.id <= 0)
        return std::nullopt;
    return item;
}

} // namespace

QStringList CatalogTreeModel::mimeTypes() const
{
    return {itemMimeType};
}

QMimeData *CatalogTreeModel::mimeData(const QModelIndexList &indexes) const
{
    // One item moves at a time: the tree selects one row.
    if (indexes.isEmpty() || !nodeOf(indexes.first()))
        return nullptr;
    const Node *node = nodeOf(indexes.first());
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << int(node->kind) << node->id;

    auto *data = new QMimeData;
    data->setData(itemMimeType, bytes);
    return data;
}

Qt::DropActions CatalogTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions CatalogTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool CatalogTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int,
                                       int column, const QModelIndex &parent) const
{
    const auto item = readItem(data);
    if (!m_dragEnabled || !item || action != Qt::MoveAction || column > 0)
        return false;

    // Services live in categories; a target must be a category or the root.
    const Node *target = nodeOf(parent);
    if (target && target->kind != CategoryItem)
        return false;
    return item->kind == CategoryItem || target != nullptr;
}

bool CatalogTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                    int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const auto item = readItem(data);
    const int parentNode = parent.isValid() ? int(parent.internalId()) : 0;
    const QList<int> &children = m_nodes[parentNode].children;
    const int end = row < 0 ? int(children.size()) : qMin(row, int(children.size()));

    // The store counts positions among siblings of the same kind, the moved
    // item left out: count those that stand before the drop row.
    int position = 0;
    for (int i = 0; i < end; ++i) {
        const Node &sibling = m_nodes[children.at(i)];
        if (sibling.kind == item->kind && sibling.id != item->id)
            ++position;
    }
    const qint64 newParentId = parentNode == 0 ? 0 : m_nodes[parentNode].id;
    emit moveRequested(item->kind, item->id, newParentId, position);
    // Nothing changed yet: the view must not remove the dragged row itself.
    return false;
}
