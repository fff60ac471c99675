#include "FormConditionReader.h"

#include "FormJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

FormConditionReader::FormConditionReader(QList<FormProblem> *problems)
    : m_problems(problems)
{}

FormCondition FormConditionReader::read(const QJsonValue &value, const QString &place,
                                        QList<FormProblem> *problems)
{
    if (value.isUndefined() || value.isNull())
        return {};
    FormConditionReader reader(problems);
    return reader.readNode(value, place, 1);
}

FormCondition FormConditionReader::readNode(const QJsonValue &value, const QString &place,
                                            int depth)
{
    if (!value.isObject()) {
        m_problems->append(
            FormJson::wrongType(place, tr("an object with \"all\", \"any\" or \"field\""), value));
        return {};
    }
    const QJsonObject object = value.toObject();
    if (object.contains(u"all"_s) || object.contains(u"any"_s))
        return readGroup(object, place, depth);
    return readComparison(object, place);
}

FormCondition FormConditionReader::readGroup(const QJsonObject &object, const QString &place,
                                             int depth)
{
    if (object.contains(u"all"_s) && object.contains(u"any"_s)) {
        report(place, tr("A group holds either \"all\" or \"any\", not both: nest one group "
                         "inside the other."));
        return {};
    }
    const bool all = object.contains(u"all"_s);
    const QString member = all ? u"all"_s : u"any"_s;
    const QString memberPlace = FormJson::placeOf(place, member);
    FormJson::refuseUnknownMembers(object, {member}, place, m_problems);

    const QJsonValue list = object.value(member);
    if (!list.isArray()) {
        m_problems->append(FormJson::wrongType(memberPlace, tr("a list of conditions"), list));
        return {};
    }
    const QJsonArray items = list.toArray();
    if (items.isEmpty()) {
        report(memberPlace, tr("A group needs at least one condition."));
        return {};
    }
    if (items.size() > maxGroupSize) {
        report(memberPlace, tr("A group holds at most %1 conditions; this one has %2.")
                                .arg(maxGroupSize)
                                .arg(items.size()));
        return {};
    }
    if (depth >= maxDepth) {
        report(memberPlace, tr("The conditions are nested more than %1 levels deep; make them "
                               "simpler.")
                                .arg(maxDepth));
        return {};
    }

    QList<FormCondition> children;
    for (qsizetype i = 0; i < items.size(); ++i)
        children.append(readNode(items.at(i), memberPlace + u"[%1]"_s.arg(i), depth + 1));
    return all ? FormCondition::all(children) : FormCondition::any(children);
}

FormCondition FormConditionReader::readComparison(const QJsonObject &object, const QString &place)
{
    FormJson::refuseUnknownMembers(object, {u"field"_s, u"op"_s, u"value"_s}, place, m_problems);

    const QJsonValue field = object.value(u"field"_s);
    if (!field.isString() || field.toString().isEmpty())
        m_problems->append(FormJson::wrongType(FormJson::placeOf(place, u"field"_s),
                                               tr("the key of a field"), field));

    const QJsonValue op = object.value(u"op"_s);
    const auto known = FormCondition::operatorFromKey(op.toString());
    if (!op.isString()) {
        m_problems->append(
            FormJson::wrongType(FormJson::placeOf(place, u"op"_s), tr("an operator"), op));
    } else if (!known) {
        report(FormJson::placeOf(place, u"op"_s),
               tr("\"%1\" is not an operator: use one of %2.")
                   .arg(op.toString(), FormCondition::operatorKeys().join(u", ")));
    }

    const QJsonValue value = object.value(u"value"_s);
    const QString valuePlace = FormJson::placeOf(place, u"value"_s);
    if (known && FormCondition::needsValue(*known)) {
        if (!value.isString() && !value.isDouble() && !value.isBool())
            m_problems->append(
                FormJson::wrongType(valuePlace, tr("a text, a number, or true or false"), value));
    } else if (known && !value.isUndefined()) {
        report(valuePlace,
               tr("\"%1\" compares with nothing: leave out \"value\".").arg(op.toString()));
    }

    if (!known)
        return {};
    return FormCondition::comparison(field.toString(), *known, value);
}

void FormConditionReader::report(const QString &place, const QString &message)
{
    m_problems->append({place, message});
}
