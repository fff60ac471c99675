#include "CatalogTreeModel.h"

#include "CatalogStore.h"
#include "Logging.h"
#include "TextFolding.h"

using namespace Qt::StringLiterals;

namespace {

const auto categoryFallbackIcon = u"folder"_s;
const auto serviceFallbackIcon = u"service"_s;

// Tooltips show the start of a description, cut at a word.
constexpr qsizetype toolTipDescriptionLength = 200;

QString shortened(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified.size() <= toolTipDescriptionLength)
        return simplified;
    const qsizetype cut = simplified.lastIndexOf(u' ', toolTipDescriptionLength);
    return simplified.left(cut > 0 ? cut : toolTipDescriptionLength) + u'…';
}

} // namespace

CatalogTreeModel::CatalogTreeModel(const CatalogStore &store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    m_nodes.emplace_back();
    connect(&m_store, &CatalogStore::catalogChanged, this, &CatalogTreeModel::reload);
    reload();
}

void CatalogTreeModel::reload()
{
    const auto categories = m_store.categories();
    const auto services = categories ? m_store.services() : Result<QList<Service>>({});

    beginResetModel();
    m_errorText = !categories ? categories.error() : services.error();
    if (m_errorText.isEmpty())
        rebuild(*categories, *services);
    else
        rebuild({}, {});
    endResetModel();

    if (!m_errorText.isEmpty())
        qCWarning(lcCatalog).noquote() << "cannot load the catalog tree:" << m_errorText;
}

void CatalogTreeModel::rebuild(const QList<Category> &categories, const QList<Service> &services)
{
    m_nodes.clear();
    m_nodes.emplace_back();
    m_categories.clear();
    m_services.clear();
    m_categoryNodes.clear();
    m_serviceNodes.clear();

    // The store orders siblings by display order then name: appending keeps
    // that order. Parents are placed before their children, top level first.
    QHash<qint64, QList<qint64>> childrenOf;
    for (const Category &category : categories) {
        m_categories.insert(category.id, category);
        childrenOf[category.parentId].append(category.id);
    }
    QList<qint64> placed = {0};
    for (qsizetype next = 0; next < placed.size(); ++next) {
        const qint64 parentId = placed.at(next);
        const int parentNode = parentId == 0 ? 0 : m_categoryNodes.value(parentId);
        for (const qint64 childId : childrenOf.value(parentId)) {
            m_categoryNodes.insert(childId, addChild(parentNode, CategoryItem, childId));
            placed.append(childId);
        }
    }

    // Services come after the sub-categories of their category.
    for (const Service &service : services) {
        const int categoryNode = m_categoryNodes.value(service.categoryId, -1);
        if (categoryNode < 0)
            continue;
        m_services.insert(service.id, service);
        m_serviceNodes.insert(service.id, addChild(categoryNode, ServiceItem, service.id));
    }
}

int CatalogTreeModel::addChild(int parentNode, ItemKind kind, qint64 id)
{
    const int node = int(m_nodes.size());
    Node child;
    child.kind = kind;
    child.id = id;
    child.parent = parentNode;
    child.row = int(m_nodes[parentNode].children.size());
    // Folded once here, so that filtering while typing stays cheap.
    child.foldedSearchText = TextFolding::fold(searchText(child));
    m_nodes.push_back(child);
    m_nodes[parentNode].children.append(node);
    return node;
}

const CatalogTreeModel::Node *CatalogTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &m_nodes[index.internalId()];
}

QModelIndex CatalogTreeModel::indexOfNode(int node) const
{
    if (node <= 0 || node >= int(m_nodes.size()))
        return {};
    return createIndex(m_nodes[node].row, NameColumn, quintptr(node));
}

// Every node has its entry: rebuild() fills both together.
const Category &CatalogTreeModel::categoryWithId(qint64 id) const
{
    return *m_categories.constFind(id);
}

const Service &CatalogTreeModel::serviceWithId(qint64 id) const
{
    return *m_services.constFind(id);
}

QModelIndex CatalogTreeModel::indexForCategory(qint64 id) const
{
    return indexOfNode(m_categoryNodes.value(id, -1));
}

QModelIndex CatalogTreeModel::indexForService(qint64 id) const
{
    return indexOfNode(m_serviceNodes.value(id, -1));
}

QModelIndex CatalogTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const int parentNode = parent.isValid() ? int(parent.internalId()) : 0;
    return createIndex(row, column, quintptr(m_nodes[parentNode].children.at(row)));
}

QModelIndex CatalogTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    return node ? indexOfNode(node->parent) : QModelIndex();
}

int CatalogTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const int node = parent.isValid() ? int(parent.internalId()) : 0;
    return int(m_nodes[node].children.size());
}

int CatalogTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CatalogTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {};

    const bool isService = node->kind == ServiceItem;
    switch (role) {
    case Qt::DisplayRole:
        return isService ? serviceWithId(node->id).name : categoryWithId(node->id).name;
    case Qt::ToolTipRole:
        return toolTip(*node);
    case ItemKindRole:
        return int(node->kind);
    case IdRole:
        return node->id;
    case IconNameRole:
        return iconName(*node);
    case ActiveRole:
        return isService ? serviceWithId(node->id).active : true;
    case SearchTextRole:
        return searchText(*node);
    case FoldedSearchTextRole:
        return node->foldedSearchText;
    default:
        return {};
    }
}

QString CatalogTreeModel::iconName(const Node &node) const
{
    if (node.kind == CategoryItem) {
        const QString icon = categoryWithId(node.id).icon;
        return icon.isEmpty() ? categoryFallbackIcon : icon;
    }

    // A service without its own icon borrows its category's.
    const Service &service = serviceWithId(node.id);
    if (!service.icon.isEmpty())
        return service.icon;
    const QString categoryIcon = categoryWithId(service.categoryId).icon;
    return categoryIcon.isEmpty() ? serviceFallbackIcon : categoryIcon;
}

QString CatalogTreeModel::toolTip(const Node &node) const
{
    // Rich text, so that the tooltip wraps long descriptions.
    const QString description = node.kind == CategoryItem ? categoryWithId(node.id).description
                                                          : serviceWithId(node.id).description;
    QStringList paragraphs;
    if (!description.trimmed().isEmpty())
        paragraphs << shortened(description).toHtmlEscaped();
    if (node.kind == CategoryItem)
        return paragraphs.isEmpty() ? QString() : u"<p>"_s + paragraphs.first() + u"</p>"_s;

    const Service &service = serviceWithId(node.id);
    QStringList facts;
    facts << tr("Estimated delay: %1").arg(service.estimatedDelayText()).toHtmlEscaped();
    if (service.requiresApproval)
        facts << tr("Approval: %1")
                     .arg(Service::approverRuleText(service.approverRule))
                     .toHtmlEscaped();
    else
        facts << tr("No approval needed").toHtmlEscaped();
    if (!service.active)
        facts << tr("Inactive: requesters cannot ask for this service.").toHtmlEscaped();
    paragraphs << facts.join(u"<br>"_s);
    return u"<p>"_s + paragraphs.join(u"</p><p>"_s) + u"</p>"_s;
}

QString CatalogTreeModel::searchText(const Node &node) const
{
    if (node.kind == CategoryItem)
        return categoryWithId(node.id).name;
    const Service &service = serviceWithId(node.id);
    return service.name + u' ' + service.keywords.join(u' ');
}

QVariant CatalogTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section != NameColumn)
        return {};
    return tr("Name");
}

Qt::ItemFlags CatalogTreeModel::flags(const QModelIndex &index) const
{
    // The root takes top-level categories when dragging is on.
    if (!index.isValid())
        return m_dragEnabled ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_dragEnabled)
        return flags;
    // Services go into categories; nothing goes into a service.
    const bool isCategory = nodeOf(index)->kind == CategoryItem;
    return flags | Qt::ItemIsDragEnabled | (isCategory ? Qt::ItemIsDropEnabled : Qt::NoItemFlags);
}

QHash<int, QByteArray> CatalogTreeModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(ItemKindRole, "itemKind");
    names.insert(IdRole, "id");
    names.insert(IconNameRole, "iconName");
    names.insert(ActiveRole, "active");
    names.insert(SearchTextRole, "searchText");
    names.insert(FoldedSearchTextRole, "foldedSearchText");
    return names;
}
