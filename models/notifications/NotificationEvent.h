#pragma once

#include <QString>

// What a notification tells its recipient, and the facts it needs.
enum class NotificationEvent
{
    Created,         // to the requester, with the tracking number
    ApprovalNeeded,  // to the approver (or each catalog admin standing in)
    Approved,        // to the requester
    Rejected,        // to the requester, with the reason
    Taken,           // to the requester, with who took it
    Completed,       // to the requester, with the resolution note
    ExternalComment, // to the requester, with the comment
    SlaWarning,      // to the assignee or the team lead
    SlaCritical,
    SlaBreached,
};

struct NotificationFacts
{
    QString trackingNumber;
    QString serviceName;
    QString actorName; // who acted: the approver, the technician…
    QString text;      // a reason, a resolution note, a comment
    QString dueText;   // a due date, already worded
};
