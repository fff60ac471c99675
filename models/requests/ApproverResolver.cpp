#include "ApproverResolver.h"

#include "people/PeopleStore.h"

ApproverResolver::ApproverResolver(QHash<qint64, Person> people, QHash<qint64, Team> teams)
    : m_people(std::move(people))
    , m_teams(std::move(teams))
{}

Result<ApproverResolver::Choice>
ApproverResolver::resolve(const Database &database, const Service &service, qint64 requesterId)
{
    const PeopleStore store(database);
    const auto people = store.people();
    const auto teams = store.teams();
    if (!people)
        return Result<Choice>::failure(people.error());
    if (!teams)
        return Result<Choice>::failure(teams.error());
    QHash<qint64, Person> peopleById;
    for (const Person &person : *people)
        peopleById.insert(person.id, person);
    QHash<qint64, Team> teamsById;
    for (const Team &team : *teams)
        teamsById.insert(team.id, team);
    return ApproverResolver(peopleById, teamsById).resolve(service, requesterId);
}

ApproverResolver::Choice ApproverResolver::resolve(const Service &service, qint64 requesterId) const
{
    const qint64 byRule = ruleApprover(service, m_people.value(requesterId));
    if (canApprove(byRule, requesterId))
        return {byRule, Source::Rule};
    if (canApprove(service.designatedApproverId, requesterId))
        return {service.designatedApproverId, Source::StandIn};
    return {0, Source::CatalogAdmins};
}

qint64 ApproverResolver::ruleApprover(const Service &service, const Person &requester) const
{
    switch (service.approverRule) {
    case Service::ApproverRule::Manager:
        return requester.managerId;
    case Service::ApproverRule::TeamLead:
        return m_teams.value(requester.teamId).leadId;
    case Service::ApproverRule::Designated:
        return service.designatedApproverId;
    }
    return 0;
}

bool ApproverResolver::canApprove(qint64 personId, qint64 requesterId) const
{
    if (personId <= 0 || personId == requesterId)
        return false;
    const auto person = m_people.constFind(personId);
    return person != m_people.cend() && person->active;
}
