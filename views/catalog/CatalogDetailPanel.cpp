#include "CatalogDetailPanel.h"

#include "catalog/CatalogDirectory.h"
#include "catalog/CatalogStore.h"
#include "common/DetailPage.h"
#include "common/EmptyState.h"
#include "people/PeopleStore.h"
#include "sla/SlaCommitment.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

// "Equipment › Workstations": the names from the top down to categoryId.
QString pathOf(qint64 categoryId, const QList<Category> &categories)
{
    QStringList names;
    qint64 next = categoryId;
    // The bound guards against a cycle, which the store refuses anyway.
    for (qsizetype step = 0; next != 0 && step <= categories.size(); ++step) {
        const auto found = std::find_if(categories.cbegin(), categories.cend(),
                                        [next](const Category &c) { return c.id == next; });
        if (found == categories.cend())
            break;
        names.prepend(found->name);
        next = found->parentId;
    }
    return names.join(u" › "_s);
}

// The category and every category below it.
QSet<qint64> subtreeOf(qint64 categoryId, const QList<Category> &categories)
{
    QList<qint64> found = {categoryId};
    for (qsizetype next = 0; next < found.size(); ++next) {
        for (const Category &category : categories) {
            if (category.parentId == found.at(next))
                found << category.id;
        }
    }
    return QSet<qint64>(found.cbegin(), found.cend());
}

} // namespace

CatalogDetailPanel::CatalogDetailPanel(const CatalogStore &catalog, const PeopleStore &people,
                                       QWidget *parent)
    : QStackedWidget(parent)
    , m_catalog(catalog)
    , m_people(people)
{
    setObjectName(u"catalogDetail"_s);
    m_emptyState = new EmptyState(u"folder"_s);
    m_emptyState->setObjectName(u"detailEmptyState"_s);
    m_page = new DetailPage;
    m_page->setObjectName(u"detailPage"_s);
    addWidget(m_emptyState);
    addWidget(m_page);
    showNothing();
}

void CatalogDetailPanel::showNothing()
{
    showMessage(tr("Select a category or a service"),
                tr("Its description, approval rule and delivery details appear here."));
}

void CatalogDetailPanel::showMessage(const QString &title, const QString &detail)
{
    m_emptyState->setMessage(title, detail);
    setCurrentWidget(m_emptyState);
}

void CatalogDetailPanel::showCategory(qint64 id)
{
    const auto categories = m_catalog.categories();
    const auto services = categories ? m_catalog.services() : Result<QList<Service>>({});
    if (!categories || !services) {
        showMessage(tr("The catalog cannot be read"),
                    !categories ? categories.error() : services.error());
        return;
    }
    const auto found = std::find_if(categories->cbegin(), categories->cend(),
                                    [id](const Category &c) { return c.id == id; });
    if (found == categories->cend()) {
        showNothing();
        return;
    }

    const QString subtitle = found->parentId == 0
                                 ? tr("Top-level category")
                                 : tr("Category in %1").arg(pathOf(found->parentId, *categories));
    m_page->setHeader(found->icon.isEmpty() ? u"folder"_s : found->icon, found->name, subtitle,
                      found->description);
    addCategoryFields(*found, *categories, *services);
    setCurrentWidget(m_page);
}

void CatalogDetailPanel::addCategoryFields(const Category &category,
                                           const QList<Category> &categories,
                                           const QList<Service> &services)
{
    QStringList subcategories;
    for (const Category &other : categories) {
        if (other.parentId == category.id)
            subcategories << other.name;
    }
    const QSet<qint64> subtree = subtreeOf(category.id, categories);
    QStringList ownServices;
    int allServices = 0;
    for (const Service &service : services) {
        if (service.categoryId == category.id)
            ownServices << service.name;
        if (subtree.contains(service.categoryId))
            ++allServices;
    }

    m_page->addSection(tr("Contents"));
    m_page->addField(tr("Sub-categories"),
                     subcategories.isEmpty() ? tr("None") : subcategories.join(u", "_s),
                     u"detailSubcategories"_s);
    m_page->addField(tr("Services"), ownServices.isEmpty() ? tr("None") : ownServices.join(u", "_s),
                     u"detailServices"_s);
    if (!subcategories.isEmpty()) {
        m_page->addField(tr("All services"),
                         tr("%n service(s), sub-categories included", nullptr, allServices),
                         u"detailAllServices"_s);
    }
}

void CatalogDetailPanel::showService(qint64 id)
{
    const auto service = m_catalog.service(id);
    const auto categories = service ? m_catalog.categories() : Result<QList<Category>>({});
    if (!service || !categories) {
        showMessage(tr("The catalog cannot be read"),
                    !service ? service.error() : categories.error());
        return;
    }

    QString icon = service->icon;
    const auto category =
        std::find_if(categories->cbegin(), categories->cend(),
                     [&](const Category &c) { return c.id == service->categoryId; });
    if (icon.isEmpty() && category != categories->cend())
        icon = category->icon;
    m_page->setHeader(icon.isEmpty() ? u"service"_s : icon, service->name,
                      tr("Service in %1").arg(pathOf(service->categoryId, *categories)),
                      service->description);
    addServiceFields(*service);
    setCurrentWidget(m_page);
}

void CatalogDetailPanel::addServiceFields(const Service &service)
{
    m_page->addSection(tr("Request handling"));
    addApprovalFields(service);
    m_page->addField(tr("Fulfilment team"),
                     service.fulfilmentTeamId ? teamName(service.fulfilmentTeamId)
                                              : tr("Not assigned"),
                     u"detailTeam"_s);
    m_page->addField(tr("Estimated delay"), service.estimatedDelayText(), u"detailDelay"_s);
    m_page->addField(tr("SLA policy"),
                     service.slaPolicyId ? slaPolicyName(service.slaPolicyId) : tr("None"),
                     u"detailSla"_s);
    // What requesters are promised: the policy's target, else the estimate.
    const auto commitment = SlaCommitment::forService(m_catalog.database(), service);
    if (commitment && !commitment->isEmpty())
        m_page->addField(tr("Commitment"), *commitment, u"detailCommitment"_s);

    m_page->addSection(tr("Catalog entry"));
    m_page->addField(tr("Status"),
                     service.active ? tr("Active: requesters can ask for it")
                                    : tr("Inactive: hidden from requesters"),
                     u"detailActive"_s);
    m_page->addField(tr("Keywords"),
                     service.keywords.isEmpty() ? tr("None") : service.keywords.join(u", "_s),
                     u"detailKeywords"_s);
    const int fieldCount = int(service.formSchema.value(u"fields"_s).toArray().size());
    m_page->addField(tr("Request form"),
                     tr("Version %1, %n field(s)", nullptr, fieldCount).arg(service.formVersion),
                     u"detailForm"_s);
}

void CatalogDetailPanel::addApprovalFields(const Service &service)
{
    if (!service.requiresApproval) {
        m_page->addField(tr("Approval"), tr("Not required"), u"detailApproval"_s);
        return;
    }
    m_page->addField(tr("Approval"),
                     tr("Required: %1").arg(Service::approverRuleText(service.approverRule)),
                     u"detailApproval"_s);

    // The designated person approves, or stands in when the rule finds nobody.
    const bool designated = service.approverRule == Service::ApproverRule::Designated;
    if (!designated && service.designatedApproverId == 0)
        return;
    const QString approver = service.designatedApproverId
                                 ? personName(service.designatedApproverId)
                                 : tr("Nobody yet: the catalog administrators decide");
    m_page->addField(designated ? tr("Approver") : tr("Stand-in approver"), approver,
                     u"detailApprover"_s);
}

QString CatalogDetailPanel::personName(qint64 id) const
{
    const auto person = m_people.person(id);
    return person ? person->displayName : tr("Unknown person (number %1)").arg(id);
}

QString CatalogDetailPanel::slaPolicyName(qint64 id) const
{
    const auto directory = CatalogDirectory::load(m_catalog.database());
    const QString name = directory ? directory->slaPolicyName(id) : QString();
    return name.isEmpty() ? tr("Unknown policy (number %1)").arg(id) : name;
}

QString CatalogDetailPanel::teamName(qint64 id) const
{
    const auto teams = m_people.teams();
    if (teams) {
        for (const Team &team : *teams) {
            if (team.id == id)
                return team.name;
        }
    }
    return tr("Unknown team (number %1)").arg(id);
}
