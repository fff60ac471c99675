#include "CatalogChange.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

const QList<std::pair<CatalogChange::Action, QString>> actionKeys = {
    {CatalogChange::Action::Created, u"created"_s},
    {CatalogChange::Action::Changed, u"changed"_s},
    {CatalogChange::Action::Moved, u"moved"_s},
    {CatalogChange::Action::Deleted, u"deleted"_s},
    {CatalogChange::Action::Restored, u"restored"_s},
};

// References are ids in the history; 0 (none) is kept as null.
QJsonValue reference(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString CatalogChange::kindKey(Kind kind)
{
    return kind == Kind::Category ? u"category"_s : u"service"_s;
}

std::optional<CatalogChange::Kind> CatalogChange::kindFromKey(const QString &key)
{
    if (key == u"category"_s)
        return Kind::Category;
    if (key == u"service"_s)
        return Kind::Service;
    return std::nullopt;
}

QString CatalogChange::actionKey(Action action)
{
    for (const auto &[value, key] : actionKeys) {
        if (value == action)
            return key;
    }
    return {};
}

std::optional<CatalogChange::Action> CatalogChange::actionFromKey(const QString &key)
{
    for (const auto &[value, text] : actionKeys) {
        if (text == key)
            return value;
    }
    return std::nullopt;
}

QJsonObject CatalogChange::itemJson(const Category &category)
{
    return {{u"parent"_s, reference(category.parentId)},
            {u"name"_s, category.name},
            {u"description"_s, category.description},
            {u"icon"_s, category.icon},
            {u"displayOrder"_s, category.displayOrder}};
}

QJsonObject CatalogChange::itemJson(const Service &service)
{
    const QJsonObject delay{{u"amount"_s, service.estimatedDelayAmount},
                            {u"unit"_s, Service::delayUnitKey(service.estimatedDelayUnit)}};
    return {{u"category"_s, reference(service.categoryId)},
            {u"name"_s, service.name},
            {u"description"_s, service.description},
            {u"keywords"_s, QJsonArray::fromStringList(service.keywords)},
            {u"icon"_s, service.icon},
            {u"displayOrder"_s, service.displayOrder},
            {u"active"_s, service.active},
            {u"requiresApproval"_s, service.requiresApproval},
            {u"approverRule"_s, Service::approverRuleKey(service.approverRule)},
            {u"designatedApprover"_s, reference(service.designatedApproverId)},
            {u"fulfilmentTeam"_s, reference(service.fulfilmentTeamId)},
            {u"estimatedDelay"_s, delay},
            {u"slaPolicy"_s, reference(service.slaPolicyId)},
            {u"form"_s, service.formSchema},
            {u"formVersion"_s, service.formVersion}};
}

QJsonObject CatalogChange::difference(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject changed;
    for (auto it = after.begin(); it != after.end(); ++it) {
        const QJsonValue old = before.value(it.key());
        if (old != it.value())
            changed.insert(it.key(), QJsonArray{old, it.value()});
    }
    return changed;
}
