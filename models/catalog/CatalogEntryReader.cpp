#include "CatalogEntryReader.h"

#include "CatalogMemberReader.h"
#include "forms/FormSchema.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

const QStringList categoryMembers = {u"key"_s,         u"parent"_s, u"name"_s,
                                     u"description"_s, u"icon"_s,   u"displayOrder"_s};

const QStringList serviceMembers = {u"key"_s,
                                    u"category"_s,
                                    u"name"_s,
                                    u"description"_s,
                                    u"keywords"_s,
                                    u"icon"_s,
                                    u"displayOrder"_s,
                                    u"active"_s,
                                    u"requiresApproval"_s,
                                    u"approverRule"_s,
                                    u"designatedApprover"_s,
                                    u"fulfilmentTeam"_s,
                                    u"estimatedDelay"_s,
                                    u"slaPolicy"_s,
                                    u"form"_s};

} // namespace

CatalogDocument::CategoryEntry CatalogEntryReader::readCategory(const QJsonValue &value,
                                                                const QString &place,
                                                                QList<CatalogProblem> *problems)
{
    if (!value.isObject()) {
        problems->append(CatalogMemberReader::wrongType(place, tr("an object"), value));
        return {};
    }
    CatalogMemberReader reader(value.toObject(), place, problems);
    CatalogDocument::CategoryEntry entry;
    entry.key = reader.key(u"key"_s, tr("A category needs a key, the text other entries use "
                                        "to refer to it."));
    entry.parentKey = reader.reference(u"parent"_s);
    entry.category.name = reader.name(tr("A category needs a name."));
    entry.category.description = reader.text(u"description"_s);
    entry.category.icon = reader.text(u"icon"_s);
    entry.category.displayOrder = reader.wholeNumber(u"displayOrder"_s, 0);
    reader.refuseUnknownMembers(categoryMembers);
    return entry;
}

CatalogDocument::ServiceEntry CatalogEntryReader::readService(const QJsonValue &value,
                                                              const QString &place,
                                                              QList<CatalogProblem> *problems)
{
    if (!value.isObject()) {
        problems->append(CatalogMemberReader::wrongType(place, tr("an object"), value));
        return {};
    }
    CatalogMemberReader reader(value.toObject(), place, problems);
    CatalogDocument::ServiceEntry entry;
    Service &service = entry.service;
    entry.key = reader.key(u"key"_s, tr("A service needs a key that names it in this file."));
    entry.categoryKey =
        reader.key(u"category"_s, tr("A service needs the key of the category it belongs to."));
    service.name = reader.name(tr("A service needs a name."));
    service.description = reader.text(u"description"_s);
    service.keywords = keywords(reader);
    service.icon = reader.text(u"icon"_s);
    service.displayOrder = reader.wholeNumber(u"displayOrder"_s, 0);
    service.active = reader.boolean(u"active"_s, true);
    entry.designatedApprover = reader.reference(u"designatedApprover"_s);
    readApproval(reader, service, entry.designatedApprover);
    entry.fulfilmentTeam = reader.reference(u"fulfilmentTeam"_s);
    readDelay(reader, service);
    entry.slaPolicy = reader.reference(u"slaPolicy"_s);
    service.formSchema = form(reader);
    reader.refuseUnknownMembers(serviceMembers);
    return entry;
}

// Keywords are stored as one comma-separated text, so a comma cannot be part
// of a keyword.
QStringList CatalogEntryReader::keywords(CatalogMemberReader &reader)
{
    const QJsonValue value = reader.value(u"keywords"_s);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        reader.reportWrongType(u"keywords"_s, tr("a list of texts"), value);
        return {};
    }
    QStringList words;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString member = u"keywords[%1]"_s.arg(i);
        const QString word = array.at(i).toString().trimmed();
        if (!array.at(i).isString())
            reader.reportWrongType(member, tr("a text"), array.at(i));
        else if (word.isEmpty())
            reader.report(member, tr("A keyword cannot be blank."));
        else if (word.contains(u','))
            reader.report(member,
                          tr("A keyword cannot contain a comma; make two keywords instead."));
        else
            words.append(word);
    }
    return words;
}

QJsonObject CatalogEntryReader::form(CatalogMemberReader &reader)
{
    const QJsonValue value = reader.value(u"form"_s);
    if (value.isUndefined())
        return Service::emptyFormSchema();
    if (!value.isObject()) {
        reader.reportWrongType(u"form"_s, tr("an object"), value);
        return Service::emptyFormSchema();
    }

    // A form's rules are the form engine's; its places go under "form".
    QList<FormProblem> problems;
    FormSchema::fromJson(value.toObject(), &problems);
    for (const FormProblem &problem : problems) {
        reader.report(problem.place.isEmpty() ? u"form"_s : u"form."_s + problem.place,
                      problem.message);
    }
    return value.toObject();
}

void CatalogEntryReader::readApproval(CatalogMemberReader &reader, Service &service,
                                      const QString &designatedApprover)
{
    service.requiresApproval = reader.boolean(u"requiresApproval"_s, false);

    const QJsonValue rule = reader.value(u"approverRule"_s);
    if (rule.isUndefined()) {
        service.approverRule = Service::ApproverRule::Manager;
    } else if (!rule.isString()) {
        reader.reportWrongType(u"approverRule"_s, tr("a text"), rule);
    } else if (const auto known = Service::approverRuleFromKey(rule.toString())) {
        service.approverRule = *known;
    } else {
        reader.report(u"approverRule"_s, tr("\"%1\" is not an approver rule: use \"manager\", "
                                            "\"team_lead\" or \"designated\".")
                                             .arg(rule.toString()));
        return;
    }

    // The store's rule, so that what exports also imports. A blank or
    // mistyped approver has been reported already.
    const QJsonValue approver = reader.value(u"designatedApprover"_s);
    if (service.requiresApproval && service.approverRule == Service::ApproverRule::Designated &&
        designatedApprover.isEmpty() && (approver.isUndefined() || approver.isNull())) {
        reader.report(u"designatedApprover"_s,
                      tr("The approver rule \"designated\" needs the login of "
                         "a designated approver."));
    }
}

void CatalogEntryReader::readDelay(CatalogMemberReader &reader, Service &service)
{
    const QJsonValue value = reader.value(u"estimatedDelay"_s);
    service.estimatedDelayAmount = 0;
    service.estimatedDelayUnit = Service::DelayUnit::Days;
    if (value.isUndefined() || value.isNull())
        return;
    if (!value.isObject()) {
        reader.reportWrongType(u"estimatedDelay"_s, tr("an object or null"), value);
        return;
    }

    const QJsonObject delay = value.toObject();
    const QJsonValue amount = delay.value(u"amount"_s);
    if (!CatalogMemberReader::isWholeNumber(amount))
        reader.reportWrongType(u"estimatedDelay.amount"_s, tr("a whole number"), amount);
    else if (amount.toInt() <= 0)
        reader.report(u"estimatedDelay.amount"_s,
                      tr("The estimated delay must be a positive whole number; for no estimate, "
                         "write null instead of the delay."));
    else
        service.estimatedDelayAmount = amount.toInt();

    const QJsonValue unit = delay.value(u"unit"_s);
    if (const auto known = Service::delayUnitFromKey(unit.toString()); known && unit.isString())
        service.estimatedDelayUnit = *known;
    else if (unit.isString())
        reader.report(
            u"estimatedDelay.unit"_s,
            tr("\"%1\" is not a unit of delay: use \"hours\" or \"days\".").arg(unit.toString()));
    else
        reader.reportWrongType(u"estimatedDelay.unit"_s, tr("a text"), unit);

    for (const QString &member : delay.keys()) {
        if (member != u"amount"_s && member != u"unit"_s)
            reader.reportUnknownMember(u"estimatedDelay."_s + member);
    }
}
