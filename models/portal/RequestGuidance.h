#pragma once

#include "catalog/Service.h"
#include "requests/ApproverResolver.h"

#include <QCoreApplication>
#include <QStringList>

// What a requester reads before and after asking for a service: who will
// approve it, and what happens once it is sent.
class RequestGuidance
{
    Q_DECLARE_TR_FUNCTIONS(RequestGuidance)

public:
    // Everything the texts depend on; approverName belongs to approver.
    struct Facts
    {
        bool requiresApproval = false;
        Service::ApproverRule rule = Service::ApproverRule::Manager;
        ApproverResolver::Choice approver;
        QString approverName;
        QString teamName;   // the fulfilment team, or empty
        QString commitment; // SlaCommitment's text, or empty
    };

    // "Your manager, Marc Dubois, approves this request.", "No approval
    // needed."…
    static QString approverSentence(const Facts &facts);
    // The steps after submission, one sentence each.
    static QStringList nextSteps(const Facts &facts);

private:
    static QString decider(const Facts &facts);
};
