#pragma once

#include "RequestStatus.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

// The request workflow as data: every move a request can make, the action
// that causes it and who may take it. Stores check actions against this
// table and nothing else, so the rules live in one place:
//
//   with approval:     new ─► pending_approval ─► approved ─► in_progress ─► done
//                                   └─► rejected
//   without approval:  new ─► in_progress ─► done
//   a requester may cancel what is not yet in progress: ─► cancelled
class WorkflowRules
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowRules)

public:
    enum class Action
    {
        RouteForApproval, // at submission, when the service requires approval
        Approve,
        Reject,
        Take,
        Complete,
        Cancel
    };
    enum class Actor
    {
        System,     // the store itself, at submission
        Requester,  // the person who asked, for their own request
        Approver,   // the request's approver (or a catalog admin standing in)
        Technician, // anyone with the technician role
    };

    struct Transition
    {
        Action action;
        RequestStatus::Value from;
        RequestStatus::Value to;
        Actor actor;
    };

    static const QList<Transition> &transitions();
    // The move the action makes from this status; nothing when it may not.
    static std::optional<Transition> find(Action action, RequestStatus::Value from);
    // The actions a request in this status allows, in table order.
    static QList<Action> actionsFrom(RequestStatus::Value from);

    // The key recorded in request_events ("approved", "taken").
    static QString eventKey(Action action);
    // Why the action is refused in this status, naming the request.
    static QString refusal(Action action, RequestStatus::Value from, const QString &trackingNumber);

private:
    static QString verb(Action action);
};
