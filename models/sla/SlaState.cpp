#include "SlaState.h"

using namespace Qt::StringLiterals;

const QList<SlaState::Value> &SlaState::all()
{
    static const QList<Value> values = {Value::None,     Value::OnTrack,  Value::Warning,
                                        Value::Critical, Value::Breached, Value::Met,
                                        Value::Missed};
    return values;
}

QString SlaState::key(Value value)
{
    switch (value) {
    case Value::OnTrack:
        return u"on_track"_s;
    case Value::Warning:
        return u"warning"_s;
    case Value::Critical:
        return u"critical"_s;
    case Value::Breached:
        return u"breached"_s;
    case Value::Met:
        return u"met"_s;
    case Value::Missed:
        return u"missed"_s;
    case Value::None:
        break;
    }
    return u"none"_s;
}

std::optional<SlaState::Value> SlaState::fromKey(const QString &key)
{
    for (const Value value : all()) {
        if (SlaState::key(value) == key)
            return value;
    }
    return std::nullopt;
}

QString SlaState::text(Value value)
{
    switch (value) {
    case Value::OnTrack:
        return tr("On track");
    case Value::Warning:
        return tr("Warning");
    case Value::Critical:
        return tr("Critical");
    case Value::Breached:
        return tr("Breached");
    case Value::Met:
        return tr("Met");
    case Value::Missed:
        return tr("Missed");
    case Value::None:
        break;
    }
    return tr("No target");
}

QString SlaState::sqlExpression(const QString &r, const QString &now)
{
    // The response clock runs until the request is taken, the resolution
    // clock (or the estimate's expected date) until it is done.
    const QString due = u"COALESCE(%1.resolution_due_at, %1.expected_at)"_s.arg(r);
    const QString responding = u"%1.taken_at IS NULL AND "_s.arg(r);
    const auto reached = [&](const QString &stage) {
        return u"(%1.resolution_%2_at <= %3 OR (%4%1.response_%2_at <= %3))"_s.arg(r, stage, now,
                                                                                   responding);
    };
    return u"(CASE"
           " WHEN %1.status IN ('rejected', 'cancelled') OR %2 IS NULL THEN 'none'"
           " WHEN %1.done_at IS NOT NULL THEN"
           "  (CASE WHEN %1.done_at <= %2 THEN 'met' ELSE 'missed' END)"
           " WHEN %2 <= %3 OR (%4%1.response_due_at <= %3) THEN 'breached'"
           " WHEN %5 THEN 'critical'"
           " WHEN %6 THEN 'warning'"
           " ELSE 'on_track' END)"_s.arg(r, due, now, responding, reached(u"critical"_s),
                                         reached(u"warning"_s));
}

QString SlaState::nowSubquery(bool postgres)
{
    // PostgreSQL would read an untyped parameter as text, which does not
    // compare with timestamptz; SQLite compares the ISO text as it is.
    return postgres ? u"(SELECT CAST(? AS timestamptz) AS now)"_s : u"(SELECT ? AS now)"_s;
}
