#include "CatalogImportPlanner.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The key under which the store finds a name among its siblings.
QString matchKey(qint64 parentId, const QString &name)
{
    return QString::number(parentId) + u'\n' + name.trimmed().toCaseFolded();
}

bool sameDelay(const Service &a, const Service &b)
{
    if (a.estimatedDelayAmount <= 0 || b.estimatedDelayAmount <= 0)
        return a.estimatedDelayAmount <= 0 && b.estimatedDelayAmount <= 0;
    return a.estimatedDelayAmount == b.estimatedDelayAmount &&
           a.estimatedDelayUnit == b.estimatedDelayUnit;
}

} // namespace

CatalogImportPlanner::CatalogImportPlanner(const CatalogDocument &document, const Current &current,
                                           CatalogImportPlan *plan)
    : m_document(document)
    , m_current(current)
    , m_plan(plan)
{
    for (const Category &category : current.categories)
        m_categoryById.insert(category.id, category);
}

CatalogImportPlan CatalogImportPlanner::make(const CatalogDocument &document, bool replace,
                                             const Current &current)
{
    CatalogImportPlan plan;
    plan.document = document;
    plan.replace = replace;

    CatalogImportPlanner planner(plan.document, current, &plan);
    planner.planCategories();
    planner.planServices();
    if (replace)
        planner.planRemovals();
    return plan;
}

QStringList CatalogImportPlanner::categoryDifferences(const Category &before, const Category &after)
{
    QStringList fields;
    if (before.name != after.name.trimmed())
        fields << u"name"_s;
    if (before.description != after.description.trimmed())
        fields << u"description"_s;
    if (before.icon != after.icon.trimmed())
        fields << u"icon"_s;
    if (before.displayOrder != after.displayOrder)
        fields << u"displayOrder"_s;
    return fields;
}

QStringList CatalogImportPlanner::serviceDifferences(const Service &before, const Service &after)
{
    const std::initializer_list<std::pair<bool, QString>> checks = {
        {before.name == after.name.trimmed(), u"name"_s},
        {before.description == after.description.trimmed(), u"description"_s},
        {before.keywords == after.keywords, u"keywords"_s},
        {before.icon == after.icon.trimmed(), u"icon"_s},
        {before.displayOrder == after.displayOrder, u"displayOrder"_s},
        {before.active == after.active, u"active"_s},
        {before.requiresApproval == after.requiresApproval, u"requiresApproval"_s},
        {before.approverRule == after.approverRule, u"approverRule"_s},
        {before.designatedApproverId == after.designatedApproverId, u"designatedApprover"_s},
        {before.fulfilmentTeamId == after.fulfilmentTeamId, u"fulfilmentTeam"_s},
        {sameDelay(before, after), u"estimatedDelay"_s},
        {before.slaPolicyId == after.slaPolicyId, u"slaPolicy"_s},
        {before.formSchema == after.formSchema, u"form"_s}};
    QStringList fields;
    for (const auto &[same, field] : checks) {
        if (!same)
            fields << field;
    }
    return fields;
}

// The file's categories, each after its parent; the document is checked,
// so every parent exists and there is no cycle.
QList<qsizetype> CatalogImportPlanner::parentFirstOrder() const
{
    QHash<QString, QList<qsizetype>> children;
    for (qsizetype i = 0; i < m_document.categories.size(); ++i)
        children[m_document.categories.at(i).parentKey].append(i);

    QList<qsizetype> order = children.value(QString());
    for (qsizetype next = 0; next < order.size(); ++next)
        order.append(children.value(m_document.categories.at(order.at(next)).key));
    return order;
}

void CatalogImportPlanner::planCategories()
{
    QHash<QString, Category> existing;
    for (const Category &category : m_current.categories)
        existing.insert(matchKey(category.parentId, category.name), category);

    for (const qsizetype index : parentFirstOrder()) {
        const auto &entry = m_document.categories.at(index);
        const bool topLevel = entry.parentKey.isEmpty();
        const qint64 parentId = topLevel ? 0 : m_idOfKey.value(entry.parentKey);
        const QStringList path = m_pathOfKey.value(entry.parentKey) << entry.category.name;

        // Under a new parent everything is new.
        const auto match = topLevel || parentId > 0
                               ? existing.constFind(matchKey(parentId, entry.category.name))
                               : existing.constEnd();
        const QString place = u"categories[%1]"_s.arg(index);
        CatalogImportPlan::CategoryStep step{index, 0, true};
        if (match == existing.constEnd()) {
            m_plan->addedCategories.append({place, path, {}, 0});
        } else {
            step.id = match->id;
            const QStringList fields = categoryDifferences(*match, entry.category);
            step.write = !fields.isEmpty();
            if (step.write)
                m_plan->changedCategories.append({place, path, fields, step.id});
            m_matchedCategories.insert(step.id);
        }
        m_plan->categorySteps.append(step);
        m_idOfKey.insert(entry.key, step.id);
        m_pathOfKey.insert(entry.key, path);
    }
}

void CatalogImportPlanner::planServices()
{
    QHash<QString, Service> existing;
    for (const Service &service : m_current.services)
        existing.insert(matchKey(service.categoryId, service.name), service);

    for (qsizetype index = 0; index < m_document.services.size(); ++index) {
        const auto &entry = m_document.services.at(index);
        const qint64 categoryId = m_idOfKey.value(entry.categoryKey);
        const QStringList path = m_pathOfKey.value(entry.categoryKey) << entry.service.name;
        const QString place = u"services[%1]"_s.arg(index);

        CatalogImportPlan::ServiceStep step{index, entry.service, true};
        step.service.id = 0;
        step.service.categoryId = categoryId;
        resolveReferences(index, &step.service);

        const auto match = categoryId > 0
                               ? existing.constFind(matchKey(categoryId, entry.service.name))
                               : existing.constEnd();
        if (match == existing.constEnd()) {
            m_plan->addedServices.append({place, path, {}, 0});
        } else {
            step.service.id = match->id;
            const QStringList fields = serviceDifferences(*match, step.service);
            step.write = !fields.isEmpty();
            if (step.write)
                m_plan->changedServices.append({place, path, fields, match->id});
            m_matchedServices.insert(match->id);
        }
        m_plan->serviceSteps.append(step);
    }
}

void CatalogImportPlanner::resolveReferences(qsizetype index, Service *service)
{
    const auto &entry = m_document.services.at(index);
    const CatalogDirectory &directory = m_current.directory;
    const QString place = u"services[%1]."_s.arg(index);

    if (const QString login = entry.designatedApprover.trimmed(); !login.isEmpty()) {
        service->designatedApproverId = directory.personWithLogin(login);
        if (service->designatedApproverId == 0)
            m_plan->problems.append(
                {place + u"designatedApprover"_s,
                 tr("No person has the login \"%1\" in this database.").arg(login)});
    }
    if (const QString team = entry.fulfilmentTeam.trimmed(); !team.isEmpty()) {
        service->fulfilmentTeamId = directory.teamNamed(team);
        if (service->fulfilmentTeamId == 0)
            m_plan->problems.append(
                {place + u"fulfilmentTeam"_s,
                 tr("There is no team named \"%1\" in this database.").arg(team)});
    }
    if (const QString policy = entry.slaPolicy.trimmed(); !policy.isEmpty()) {
        service->slaPolicyId = directory.slaPolicyNamed(policy);
        if (service->slaPolicyId == 0)
            m_plan->problems.append(
                {place + u"slaPolicy"_s,
                 tr("There is no SLA policy named \"%1\" in this database.").arg(policy)});
    }
}

void CatalogImportPlanner::planRemovals()
{
    for (const Service &service : m_current.services) {
        if (m_matchedServices.contains(service.id))
            continue;
        const QStringList path = currentPath(service.categoryId) << service.name;
        m_plan->removedServices.append({QString(), path, {}, service.id});
        if (m_current.servicesWithRequests.contains(service.id))
            m_plan->problems.append(
                {path.join(u" / "_s),
                 tr("This service has requests in its history, so it cannot be removed; keep it "
                    "in the file, with \"active\": false to hide it from requesters.")});
    }

    QList<CatalogImportPlan::Change> removed;
    for (const Category &category : m_current.categories) {
        if (!m_matchedCategories.contains(category.id))
            removed.append({QString(), currentPath(category.id), {}, category.id});
    }
    // Children go before their parents, which must be empty when removed.
    std::stable_sort(removed.begin(), removed.end(),
                     [](const auto &a, const auto &b) { return a.path.size() > b.path.size(); });
    m_plan->removedCategories = removed;
}

QStringList CatalogImportPlanner::currentPath(qint64 categoryId) const
{
    QStringList path;
    for (qint64 id = categoryId; id > 0 && path.size() <= m_categoryById.size();) {
        const Category category = m_categoryById.value(id);
        path.prepend(category.name);
        id = category.parentId;
    }
    return path;
}
