#include "CatalogWarnings.h"

CatalogWarnings::CatalogWarnings(const QList<Category> &categories, const QList<Service> &services,
                                 const QList<Person> &people, const QList<Team> &teams)
{
    QSet<qint64> teamsWithLead;
    for (const Team &team : teams) {
        if (team.leadId > 0)
            teamsWithLead.insert(team.id);
    }

    // Only active requesters ask for services, so only they can be stranded.
    for (const Person &person : people) {
        if (!person.active || !person.roles.testFlag(Person::Role::Requester))
            continue;
        ++m_requesters;
        if (person.managerId <= 0)
            ++m_withoutManager;
        if (!teamsWithLead.contains(person.teamId))
            ++m_withoutTeamLead;
    }

    countActiveServices(categories, services);
}

void CatalogWarnings::countActiveServices(const QList<Category> &categories,
                                          const QList<Service> &services)
{
    QHash<qint64, qint64> parentOf;
    for (const Category &category : categories) {
        parentOf.insert(category.id, category.parentId);
        m_activeServicesInTree.insert(category.id, 0);
    }

    // An active service counts for its category and every category above.
    for (const Service &service : services) {
        if (!service.active)
            continue;
        QSet<qint64> seen;
        for (qint64 id = service.categoryId; id > 0 && !seen.contains(id);
             id = parentOf.value(id)) {
            seen.insert(id);
            ++m_activeServicesInTree[id];
        }
    }
}

int CatalogWarnings::requestersWithoutApprover(const Service &service) const
{
    if (!service.requiresApproval)
        return 0;
    switch (service.approverRule) {
    case Service::ApproverRule::Manager:
        return m_withoutManager;
    case Service::ApproverRule::TeamLead:
        return m_withoutTeamLead;
    case Service::ApproverRule::Designated:
        return service.designatedApproverId > 0 ? 0 : m_requesters;
    }
    return 0;
}

QString CatalogWarnings::serviceWarning(const Service &service) const
{
    if (!service.requiresApproval)
        return {};
    if (service.approverRule == Service::ApproverRule::Designated) {
        return service.designatedApproverId > 0
                   ? QString()
                   : tr("Approval is required but no designated approver is chosen.");
    }

    const int stranded = requestersWithoutApprover(service);
    if (stranded == 0)
        return {};
    // The designated person stands in; without one, the catalog admins decide.
    const bool standIn = service.designatedApproverId > 0;
    if (service.approverRule == Service::ApproverRule::Manager) {
        return standIn ? tr("%n requester(s) have no manager to approve: the stand-in approver "
                            "decides for them.",
                            nullptr, stranded)
                       : tr("%n requester(s) have no manager to approve: the catalog "
                            "administrators decide for them.",
                            nullptr, stranded);
    }
    return standIn ? tr("%n requester(s) have no team lead to approve: the stand-in approver "
                        "decides for them.",
                        nullptr, stranded)
                   : tr("%n requester(s) have no team lead to approve: the catalog "
                        "administrators decide for them.",
                        nullptr, stranded);
}

QString CatalogWarnings::categoryWarning(qint64 categoryId) const
{
    if (m_activeServicesInTree.value(categoryId) > 0)
        return {};
    return tr("This category offers no active service: requesters see nothing in it.");
}
