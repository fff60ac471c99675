#include "Service.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QString Service::approverRuleKey(ApproverRule rule)
{
    switch (rule) {
    case ApproverRule::Manager:
        return u"manager"_s;
    case ApproverRule::TeamLead:
        return u"team_lead"_s;
    case ApproverRule::Designated:
        return u"designated"_s;
    }
    return {};
}

std::optional<Service::ApproverRule> Service::approverRuleFromKey(const QString &key)
{
    for (auto rule : {ApproverRule::Manager, ApproverRule::TeamLead, ApproverRule::Designated}) {
        if (approverRuleKey(rule) == key)
            return rule;
    }
    return std::nullopt;
}

QString Service::delayUnitKey(DelayUnit unit)
{
    return unit == DelayUnit::Hours ? u"hours"_s : u"days"_s;
}

std::optional<Service::DelayUnit> Service::delayUnitFromKey(const QString &key)
{
    if (key == u"hours"_s)
        return DelayUnit::Hours;
    if (key == u"days"_s)
        return DelayUnit::Days;
    return std::nullopt;
}

QString Service::approverRuleText(ApproverRule rule)
{
    switch (rule) {
    case ApproverRule::Manager:
        return tr("Requester's manager");
    case ApproverRule::TeamLead:
        return tr("Requester's team lead");
    case ApproverRule::Designated:
        return tr("Designated person");
    }
    return {};
}

QString Service::estimatedDelayText() const
{
    if (estimatedDelayAmount <= 0)
        return tr("No estimate");
    if (estimatedDelayUnit == DelayUnit::Hours)
        return tr("%n hour(s)", nullptr, estimatedDelayAmount);
    return tr("%n day(s)", nullptr, estimatedDelayAmount);
}

QJsonObject Service::emptyFormSchema()
{
    return QJsonObject{{u"fields"_s, QJsonArray()}};
}
