#include "CatalogChangeText.h"

#include "CatalogStore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

const QStringList referenceMembers = {u"parent"_s, u"category"_s, u"designatedApprover"_s,
                                      u"fulfilmentTeam"_s, u"slaPolicy"_s};

} // namespace

Result<CatalogChangeText> CatalogChangeText::load(const CatalogStore &store)
{
    using R = Result<CatalogChangeText>;
    const auto categories = store.categories();
    if (!categories)
        return R::failure(categories.error());
    const auto directory = CatalogDirectory::load(store.database());
    if (!directory)
        return R::failure(directory.error());

    CatalogChangeText text;
    for (const Category &category : *categories)
        text.addCategory(category.id, category.name);
    text.m_directory = *directory;
    return text;
}

QString CatalogChangeText::actionText(CatalogChange::Action action)
{
    switch (action) {
    case CatalogChange::Action::Created:
        return tr("Created");
    case CatalogChange::Action::Changed:
        return tr("Changed");
    case CatalogChange::Action::Moved:
        return tr("Moved");
    case CatalogChange::Action::Deleted:
        return tr("Deleted");
    case CatalogChange::Action::Restored:
        return tr("Restored");
    }
    return {};
}

QString CatalogChangeText::memberLabel(const QString &member)
{
    static const QHash<QString, const char *> labels = {
        {u"parent"_s, QT_TR_NOOP("Parent category")},
        {u"category"_s, QT_TR_NOOP("Category")},
        {u"name"_s, QT_TR_NOOP("Name")},
        {u"description"_s, QT_TR_NOOP("Description")},
        {u"icon"_s, QT_TR_NOOP("Icon")},
        {u"displayOrder"_s, QT_TR_NOOP("Position")},
        {u"keywords"_s, QT_TR_NOOP("Keywords")},
        {u"active"_s, QT_TR_NOOP("Active")},
        {u"requiresApproval"_s, QT_TR_NOOP("Requires approval")},
        {u"approverRule"_s, QT_TR_NOOP("Approver rule")},
        {u"designatedApprover"_s, QT_TR_NOOP("Designated approver")},
        {u"fulfilmentTeam"_s, QT_TR_NOOP("Fulfilment team")},
        {u"estimatedDelay"_s, QT_TR_NOOP("Estimated delay")},
        {u"slaPolicy"_s, QT_TR_NOOP("SLA policy")},
        {u"form"_s, QT_TR_NOOP("Request form")},
        {u"formVersion"_s, QT_TR_NOOP("Form version")},
    };
    const char *label = labels.value(member);
    return label ? tr(label) : member;
}

QString CatalogChangeText::referenceText(const QString &member, qint64 id) const
{
    if (id <= 0)
        return member == u"parent"_s ? tr("top level") : tr("none");
    QString name;
    if (member == u"parent"_s || member == u"category"_s)
        name = m_categories.value(id);
    else if (member == u"designatedApprover"_s)
        name = m_directory.login(id);
    else if (member == u"fulfilmentTeam"_s)
        name = m_directory.teamName(id);
    else if (member == u"slaPolicy"_s)
        name = m_directory.slaPolicyName(id);
    // A reference to something since deleted keeps its number.
    return name.isEmpty() ? tr("number %1").arg(id) : name;
}

QString CatalogChangeText::valueText(const QString &member, const QJsonValue &value) const
{
    if (referenceMembers.contains(member))
        return referenceText(member, value.isNull() ? 0 : qint64(value.toDouble()));
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (member == u"approverRule"_s) {
        const auto rule = Service::approverRuleFromKey(value.toString());
        return rule ? Service::approverRuleText(*rule) : value.toString();
    }
    if (member == u"estimatedDelay"_s) {
        Service service;
        service.estimatedDelayAmount = value[u"amount"_s].toInt();
        service.estimatedDelayUnit = Service::delayUnitFromKey(value[u"unit"_s].toString())
                                         .value_or(Service::DelayUnit::Days);
        return service.estimatedDelayText();
    }
    if (member == u"form"_s) {
        const int fields = int(value[u"fields"_s].toArray().size());
        return tr("%n field(s)", nullptr, fields);
    }
    if (value.isArray()) {
        QStringList words;
        for (const QJsonValue &word : value.toArray())
            words << word.toString();
        return words.isEmpty() ? tr("none") : words.join(u", "_s);
    }
    if (value.isDouble())
        return QString::number(value.toInteger());
    const QString text = value.toString();
    return text.isEmpty() ? tr("empty") : text;
}

QStringList CatalogChangeText::lines(const CatalogChange &change) const
{
    QStringList lines;
    const bool wholeItem = change.action == CatalogChange::Action::Created ||
                           change.action == CatalogChange::Action::Deleted ||
                           change.action == CatalogChange::Action::Restored;
    if (wholeItem) {
        const QString place =
            change.kind == CatalogChange::Kind::Category ? u"parent"_s : u"category"_s;
        for (const QString &member : {u"name"_s, place}) {
            lines << tr("%1: %2").arg(memberLabel(member),
                                      valueText(member, change.changes.value(member)));
        }
        return lines;
    }

    for (auto it = change.changes.begin(); it != change.changes.end(); ++it) {
        const QJsonArray pair = it.value().toArray();
        //: A changed member: "Name: VPN → VPN access".
        lines << tr("%1: %2 → %3")
                     .arg(memberLabel(it.key()), valueText(it.key(), pair.at(0)),
                          valueText(it.key(), pair.at(1)));
    }
    return lines;
}
