#include "WorkflowRules.h"

using namespace Qt::StringLiterals;

const QList<WorkflowRules::Transition> &WorkflowRules::transitions()
{
    using S = RequestStatus::Value;
    static const QList<Transition> table = {
        {Action::RouteForApproval, S::New, S::PendingApproval, Actor::System},
        {Action::Approve, S::PendingApproval, S::Approved, Actor::Approver},
        {Action::Reject, S::PendingApproval, S::Rejected, Actor::Approver},
        {Action::Take, S::New, S::InProgress, Actor::Technician},
        {Action::Take, S::Approved, S::InProgress, Actor::Technician},
        {Action::Complete, S::InProgress, S::Done, Actor::Technician},
        {Action::Cancel, S::New, S::Cancelled, Actor::Requester},
        {Action::Cancel, S::PendingApproval, S::Cancelled, Actor::Requester},
        {Action::Cancel, S::Approved, S::Cancelled, Actor::Requester},
    };
    return table;
}

std::optional<WorkflowRules::Transition> WorkflowRules::find(Action action,
                                                             RequestStatus::Value from)
{
    for (const Transition &transition : transitions()) {
        if (transition.action == action && transition.from == from)
            return transition;
    }
    return std::nullopt;
}

QList<WorkflowRules::Action> WorkflowRules::actionsFrom(RequestStatus::Value from)
{
    QList<Action> actions;
    for (const Transition &transition : transitions()) {
        if (transition.from == from && !actions.contains(transition.action))
            actions.append(transition.action);
    }
    return actions;
}

QString WorkflowRules::eventKey(Action action)
{
    switch (action) {
    case Action::RouteForApproval:
        return u"approval_requested"_s;
    case Action::Approve:
        return u"approved"_s;
    case Action::Reject:
        return u"rejected"_s;
    case Action::Take:
        return u"taken"_s;
    case Action::Complete:
        return u"completed"_s;
    case Action::Cancel:
        break;
    }
    return u"cancelled"_s;
}

QString WorkflowRules::verb(Action action)
{
    switch (action) {
    case Action::RouteForApproval:
        return tr("sent for approval");
    case Action::Approve:
        return tr("approved");
    case Action::Reject:
        return tr("rejected");
    case Action::Take:
        return tr("taken");
    case Action::Complete:
        return tr("completed");
    case Action::Cancel:
        break;
    }
    return tr("cancelled");
}

QString WorkflowRules::refusal(Action action, RequestStatus::Value from,
                               const QString &trackingNumber)
{
    return tr("%1 is %2: it cannot be %3.")
        .arg(trackingNumber, RequestStatus::text(from).toLower(), verb(action));
}
