#pragma once

#include "catalog/Service.h"
#include "people/Person.h"
#include "people/Team.h"
#include "storage/Result.h"

#include <QHash>

class Database;

// Who approves a request, by the service's rule: the requester's manager
// (the default), the lead of the requester's team, or the designated
// person. When the rule finds nobody active (no manager, a team without
// lead, a person who left), the service's designated approver stands in;
// without one, the catalog admins decide together. Nobody approves their
// own request: the rule moves on as if they were not there.
class ApproverResolver
{
public:
    enum class Source
    {
        Rule,         // the person the rule names
        StandIn,      // the service's designated approver, for a rule that failed
        CatalogAdmins // nobody in particular: any catalog admin decides
    };
    struct Choice
    {
        qint64 personId = 0; // 0 for the catalog admins
        Source source = Source::Rule;

        bool operator==(const Choice &) const = default;
    };

    ApproverResolver(QHash<qint64, Person> people, QHash<qint64, Team> teams);
    // Reads the people and teams involved for one request.
    static Result<Choice> resolve(const Database &database, const Service &service,
                                  qint64 requesterId);

    Choice resolve(const Service &service, qint64 requesterId) const;

private:
    qint64 ruleApprover(const Service &service, const Person &requester) const;
    bool canApprove(qint64 personId, qint64 requesterId) const;

    QHash<qint64, Person> m_people;
    QHash<qint64, Team> m_teams;
};
