#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

// A service of the catalog: what a requester can ask for. Reference fields
// hold 0 when unset (no designated approver, no team, no SLA policy).
class Service
{
    Q_DECLARE_TR_FUNCTIONS(Service)

public:
    enum class ApproverRule
    {
        Manager,
        TeamLead,
        Designated
    };
    enum class DelayUnit
    {
        Hours,
        Days
    };

    qint64 id = 0;
    qint64 categoryId = 0;
    QString name;
    QString description;
    QStringList keywords;
    QString icon;
    int displayOrder = 0;
    bool active = true;
    bool requiresApproval = false;
    ApproverRule approverRule = ApproverRule::Manager;
    qint64 designatedApproverId = 0;
    qint64 fulfilmentTeamId = 0;
    int estimatedDelayAmount = 0; // 0: no estimate
    DelayUnit estimatedDelayUnit = DelayUnit::Days;
    qint64 slaPolicyId = 0;
    QJsonObject formSchema = emptyFormSchema();
    int formVersion = 1;

    bool operator==(const Service &) const = default;

    // The words stored in the database and the catalog file.
    static QString approverRuleKey(ApproverRule rule);
    static std::optional<ApproverRule> approverRuleFromKey(const QString &key);
    static QString delayUnitKey(DelayUnit unit);
    static std::optional<DelayUnit> delayUnitFromKey(const QString &key);

    // What people read: "Requester's manager", "3 days".
    static QString approverRuleText(ApproverRule rule);
    QString estimatedDelayText() const;
    // An empty form: the schema a new service starts with.
    static QJsonObject emptyFormSchema();
};
