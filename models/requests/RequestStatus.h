#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

// Where a request is in its workflow (see WorkflowRules for the moves).
class RequestStatus
{
    Q_DECLARE_TR_FUNCTIONS(RequestStatus)

public:
    enum class Value
    {
        New,
        PendingApproval,
        Approved,
        Rejected,
        InProgress,
        Done,
        Cancelled
    };

    static const QList<Value> &all();
    // The word stored in the database ("pending_approval").
    static QString key(Value value);
    static std::optional<Value> fromKey(const QString &key);
    // What people read ("Waiting for approval").
    static QString text(Value value);
    // Done, rejected or cancelled: nothing more happens to the request.
    static bool isClosed(Value value);
};
