#include "RequestGuidance.h"

using Rule = Service::ApproverRule;
using Source = ApproverResolver::Source;

QString RequestGuidance::approverSentence(const Facts &facts)
{
    if (!facts.requiresApproval)
        return tr("No approval needed.");
    if (facts.approver.source == Source::CatalogAdmins)
        return tr("A catalog administrator approves this request.");

    const QString &name = facts.approverName;
    if (facts.approver.source == Source::StandIn) {
        switch (facts.rule) {
        case Rule::Manager:
            return tr("%1 approves this request in place of your manager.").arg(name);
        case Rule::TeamLead:
            return tr("%1 approves this request in place of your team lead.").arg(name);
        case Rule::Designated:
            break;
        }
        return tr("%1 approves this request.").arg(name);
    }
    switch (facts.rule) {
    case Rule::Manager:
        return tr("Your manager, %1, approves this request.").arg(name);
    case Rule::TeamLead:
        return tr("Your team lead, %1, approves this request.").arg(name);
    case Rule::Designated:
        break;
    }
    return tr("%1 approves this request.").arg(name);
}

// Who decides, as the subject of a sentence.
QString RequestGuidance::decider(const Facts &facts)
{
    if (facts.approver.source == Source::CatalogAdmins)
        return tr("A catalog administrator");
    if (facts.approver.source == Source::Rule && facts.rule == Rule::Manager)
        return tr("Your manager, %1,").arg(facts.approverName);
    if (facts.approver.source == Source::Rule && facts.rule == Rule::TeamLead)
        return tr("Your team lead, %1,").arg(facts.approverName);
    return facts.approverName;
}

QStringList RequestGuidance::nextSteps(const Facts &facts)
{
    QStringList steps;
    if (facts.requiresApproval) {
        steps << tr("%1 approves or rejects it first; you are told of the decision.")
                     .arg(decider(facts));
        steps << (facts.teamName.isEmpty()
                      ? tr("Once it is approved, the IT team takes it over.")
                      : tr("Once it is approved, the %1 team takes it over.").arg(facts.teamName));
    } else {
        steps << (facts.teamName.isEmpty() ? tr("The IT team takes it over.")
                                           : tr("The %1 team takes it over.").arg(facts.teamName));
    }
    if (!facts.commitment.isEmpty()) {
        steps << (facts.requiresApproval
                      ? tr("%1, counted from the approval.").arg(facts.commitment)
                      : tr("%1.").arg(facts.commitment));
    }
    steps << tr("Follow it, and talk with the team, in My requests.");
    return steps;
}
