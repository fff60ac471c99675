#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

class Database;
class Session;

// Everything that happened to a request, oldest first, in words: its
// creation, who it was sent to for approval, the decision and its reason,
// who took it, the resolution note, a cancellation, and the comments. What
// a person reads follows RequestWorkflow::comments(): technicians see
// everything; the requester and the approver never an internal comment nor
// an escalation, which stay inside IT.
class RequestTimeline
{
    Q_DECLARE_TR_FUNCTIONS(RequestTimeline)

public:
    enum class Kind
    {
        Created,
        SentForApproval,
        Approved,
        Rejected,
        Taken,
        Completed,
        Cancelled,
        PriorityChanged,
        Escalated,
        Comment,
        Other
    };

    struct Entry
    {
        QDateTime when;
        qint64 actorId = 0; // 0: the program itself
        QString who;        // the actor's name, empty for the program
        QString text;       // translated; a comment's body as written
        Kind kind = Kind::Other;
        bool internal = false; // an internal comment or an escalation
    };

    // Refused, with RequestWorkflow's message, to someone who takes no part
    // in the request.
    static Result<QList<Entry>> read(const Database &database, const Session *session,
                                     qint64 requestId);

private:
    static Result<QList<Entry>> events(const Database &database, qint64 requestId,
                                       bool withInternal);
    static Entry describe(const Database &database, const QString &kind, const QJsonObject &detail);
    static QString approverText(const Database &database, const QJsonObject &detail);
};
