#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

// Where a request stands against its commitment. Computed in SQL from the
// instants stored at clock start and the current time, so that lists filter
// and sort on it at any size. A request without SLA policy is measured
// against the expected date of its service's estimate in the same way
// (on track, then breached; met or missed), but never escalated.
class SlaState
{
    Q_DECLARE_TR_FUNCTIONS(SlaState)

public:
    enum class Value
    {
        None, // no clock running: waiting for approval, rejected, cancelled
        OnTrack,
        Warning,
        Critical,
        Breached,
        Met,
        Missed
    };

    static const QList<Value> &all();
    static QString key(Value value);
    static std::optional<Value> fromKey(const QString &key);
    static QString text(Value value);

    // An SQL expression giving the key of a request's state. requestAlias
    // names the service_requests row; nowExpression the current time, in
    // the backend's time type (a column of a one-row subquery, say, so that
    // the time is bound once).
    static QString sqlExpression(const QString &requestAlias, const QString &nowExpression);
    // A one-row subquery with a column "now" holding the one bound value, a
    // time from SqlValue::time(), in the backend's time type.
    static QString nowSubquery(bool postgres);
};
