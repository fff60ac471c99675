#include "ServiceCardModel.h"

#include "Logging.h"
#include "ServiceSearch.h"
#include "ServiceSummary.h"
#include "sla/SlaCommitment.h"

using namespace Qt::StringLiterals;

ServiceCardModel::ServiceCardModel(const ServiceSearch &search, const Database &database,
                                   QObject *parent)
    : QAbstractListModel(parent)
    , m_search(search)
    , m_database(database)
{
    // Policies may have changed with the catalog.
    connect(&m_search, &ServiceSearch::catalogReloaded, this,
            [this] { m_policyCommitments.clear(); });
}

void ServiceCardModel::setServiceIds(const QList<qint64> &ids)
{
    beginResetModel();
    m_ids.clear();
    m_ids.reserve(ids.size());
    for (const qint64 id : ids) {
        if (m_search.service(id))
            m_ids << id;
    }
    endResetModel();
}

int ServiceCardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant ServiceCardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // Looked up each time: after a reload, a row may name a service gone.
    const Service *service = m_search.service(m_ids.at(index.row()));
    if (!service)
        return {};

    switch (role) {
    case Qt::DisplayRole:
        return service->name;
    case Qt::ToolTipRole:
        return ServiceSummary::shortText(service->description, 400);
    case IdRole:
        return service->id;
    case SummaryRole:
        return ServiceSummary::shortText(service->description);
    case CommitmentRole:
        return commitment(*service);
    case RequiresApprovalRole:
        return service->requiresApproval;
    case IconNameRole:
        return iconName(*service);
    case CategoryNameRole: {
        const Category *category = m_search.category(service->categoryId);
        return category ? category->name : QString();
    }
    default:
        return {};
    }
}

QString ServiceCardModel::commitment(const Service &service) const
{
    if (service.slaPolicyId <= 0)
        return SlaCommitment::forEstimate(service);
    if (const auto known = m_policyCommitments.constFind(service.slaPolicyId);
        known != m_policyCommitments.cend())
        return *known;

    const auto text = SlaCommitment::forService(m_database, service);
    if (!text) {
        // The card still shows; the estimate is better than nothing.
        qCWarning(lcCatalog).noquote()
            << "cannot read the SLA policy of" << service.name << ":" << text.error();
        return SlaCommitment::forEstimate(service);
    }
    m_policyCommitments.insert(service.slaPolicyId, *text);
    return *text;
}

QString ServiceCardModel::iconName(const Service &service) const
{
    if (!service.icon.isEmpty())
        return service.icon;
    const Category *category = m_search.category(service.categoryId);
    return category && !category->icon.isEmpty() ? category->icon : u"service"_s;
}

QHash<int, QByteArray> ServiceCardModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(SummaryRole, "summary");
    names.insert(CommitmentRole, "commitment");
    names.insert(RequiresApprovalRole, "requiresApproval");
    names.insert(IconNameRole, "iconName");
    names.insert(CategoryNameRole, "categoryName");
    return names;
}
