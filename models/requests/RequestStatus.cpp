#include "RequestStatus.h"

using namespace Qt::StringLiterals;

const QList<RequestStatus::Value> &RequestStatus::all()
{
    static const QList<Value> values = {Value::New,      Value::PendingApproval, Value::Approved,
                                        Value::Rejected, Value::InProgress,      Value::Done,
                                        Value::Cancelled};
    return values;
}

QString RequestStatus::key(Value value)
{
    switch (value) {
    case Value::PendingApproval:
        return u"pending_approval"_s;
    case Value::Approved:
        return u"approved"_s;
    case Value::Rejected:
        return u"rejected"_s;
    case Value::InProgress:
        return u"in_progress"_s;
    case Value::Done:
        return u"done"_s;
    case Value::Cancelled:
        return u"cancelled"_s;
    case Value::New:
        break;
    }
    return u"new"_s;
}

std::optional<RequestStatus::Value> RequestStatus::fromKey(const QString &key)
{
    for (const Value value : all()) {
        if (RequestStatus::key(value) == key)
            return value;
    }
    return std::nullopt;
}

QString RequestStatus::text(Value value)
{
    switch (value) {
    case Value::PendingApproval:
        return tr("Waiting for approval");
    case Value::Approved:
        return tr("Approved");
    case Value::Rejected:
        return tr("Rejected");
    case Value::InProgress:
        return tr("In progress");
    case Value::Done:
        return tr("Done");
    case Value::Cancelled:
        return tr("Cancelled");
    case Value::New:
        break;
    }
    return tr("New");
}

bool RequestStatus::isClosed(Value value)
{
    return value == Value::Done || value == Value::Rejected || value == Value::Cancelled;
}
