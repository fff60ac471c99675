#include "FormCondition.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <algorithm>
#include <compare>

using namespace Qt::StringLiterals;

namespace {

// What a requester who left a field alone gives: nothing, blanks, no choice.
bool isEmptyAnswer(const QJsonValue &answer)
{
    switch (answer.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return true;
    case QJsonValue::String:
        return answer.toString().trimmed().isEmpty();
    case QJsonValue::Array:
        return answer.toArray().isEmpty();
    case QJsonValue::Object:
        return answer.toObject().isEmpty();
    default:
        return false;
    }
}

bool sameValue(const QJsonValue &answer, const QJsonValue &value)
{
    if (answer.isDouble() && value.isDouble())
        return answer.toDouble() == value.toDouble();
    return answer == value;
}

// Numbers compare as numbers, ISO dates and times as moments; anything else
// has no order, and "greater than" is then false.
std::optional<std::partial_ordering> orderOf(const QJsonValue &answer, const QJsonValue &value)
{
    if (answer.isDouble() && value.isDouble())
        return answer.toDouble() <=> value.toDouble();
    if (!answer.isString() || !value.isString())
        return std::nullopt;

    // QDate reads the date of a date-time too: only plain dates are dates.
    const QDate answerDate = QDate::fromString(answer.toString(), Qt::ISODate);
    const QDate valueDate = QDate::fromString(value.toString(), Qt::ISODate);
    const bool plainDates = answer.toString().size() == 10 && value.toString().size() == 10;
    if (plainDates && answerDate.isValid() && valueDate.isValid())
        return answerDate.toJulianDay() <=> valueDate.toJulianDay();

    const QDateTime answerTime = QDateTime::fromString(answer.toString(), Qt::ISODate);
    const QDateTime valueTime = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (answerTime.isValid() && valueTime.isValid())
        return answerTime.toMSecsSinceEpoch() <=> valueTime.toMSecsSinceEpoch();
    return std::nullopt;
}

bool containsValue(const QJsonValue &answer, const QJsonValue &value)
{
    if (answer.isArray()) {
        const QJsonArray items = answer.toArray();
        return std::any_of(items.begin(), items.end(),
                           [&](const QJsonValue &item) { return sameValue(item, value); });
    }
    if (answer.isString() && value.isString())
        return answer.toString().contains(value.toString(), Qt::CaseInsensitive);
    return false;
}

} // namespace

FormCondition FormCondition::all(QList<FormCondition> conditions)
{
    FormCondition condition;
    condition.m_kind = Kind::All;
    condition.m_conditions = std::move(conditions);
    return condition;
}

FormCondition FormCondition::any(QList<FormCondition> conditions)
{
    FormCondition condition;
    condition.m_kind = Kind::Any;
    condition.m_conditions = std::move(conditions);
    return condition;
}

FormCondition FormCondition::comparison(QString field, Operator op, QJsonValue value)
{
    FormCondition condition;
    condition.m_kind = Kind::Comparison;
    condition.m_field = std::move(field);
    condition.m_op = op;
    condition.m_value = needsValue(op) ? std::move(value) : QJsonValue(QJsonValue::Undefined);
    return condition;
}

bool FormCondition::evaluate(const AnswerLookup &answerOf) const
{
    const auto holds = [&](const FormCondition &child) {
        return child.evaluate(answerOf);
    };
    switch (m_kind) {
    case Kind::Always:
        return true;
    case Kind::All:
        return std::all_of(m_conditions.begin(), m_conditions.end(), holds);
    case Kind::Any:
        return std::any_of(m_conditions.begin(), m_conditions.end(), holds);
    case Kind::Comparison:
        return compare(answerOf(m_field));
    }
    return true;
}

bool FormCondition::evaluate(const QJsonObject &answers) const
{
    return evaluate([&answers](const QString &key) { return answers.value(key); });
}

bool FormCondition::compare(const QJsonValue &answer) const
{
    switch (m_op) {
    case Operator::IsEmpty:
        return isEmptyAnswer(answer);
    case Operator::IsNotEmpty:
        return !isEmptyAnswer(answer);
    case Operator::Equals:
        return sameValue(answer, m_value);
    case Operator::NotEquals:
        return !sameValue(answer, m_value);
    case Operator::Contains:
        return containsValue(answer, m_value);
    case Operator::GreaterThan:
        return orderOf(answer, m_value) == std::partial_ordering::greater;
    case Operator::LessThan:
        return orderOf(answer, m_value) == std::partial_ordering::less;
    }
    return false;
}

QStringList FormCondition::fieldKeys() const
{
    if (m_kind == Kind::Comparison)
        return {m_field};

    QStringList keys;
    for (const FormCondition &child : m_conditions) {
        for (const QString &key : child.fieldKeys()) {
            if (!keys.contains(key))
                keys.append(key);
        }
    }
    return keys;
}

QJsonValue FormCondition::toJson() const
{
    if (m_kind == Kind::Always)
        return QJsonValue::Null;

    if (m_kind == Kind::Comparison) {
        QJsonObject object{{u"field"_s, m_field}, {u"op"_s, operatorKey(m_op)}};
        if (needsValue(m_op))
            object.insert(u"value"_s, m_value);
        return object;
    }

    QJsonArray children;
    for (const FormCondition &child : m_conditions)
        children.append(child.toJson());
    return QJsonObject{{m_kind == Kind::All ? u"all"_s : u"any"_s, children}};
}

QString FormCondition::operatorKey(Operator op)
{
    switch (op) {
    case Operator::Equals:
        return u"equals"_s;
    case Operator::NotEquals:
        return u"notEquals"_s;
    case Operator::Contains:
        return u"contains"_s;
    case Operator::IsEmpty:
        return u"isEmpty"_s;
    case Operator::IsNotEmpty:
        return u"isNotEmpty"_s;
    case Operator::GreaterThan:
        return u"greaterThan"_s;
    case Operator::LessThan:
        return u"lessThan"_s;
    }
    return {};
}

std::optional<FormCondition::Operator> FormCondition::operatorFromKey(const QString &key)
{
    for (const Operator op :
         {Operator::Equals, Operator::NotEquals, Operator::Contains, Operator::IsEmpty,
          Operator::IsNotEmpty, Operator::GreaterThan, Operator::LessThan}) {
        if (operatorKey(op) == key)
            return op;
    }
    return std::nullopt;
}

QStringList FormCondition::operatorKeys()
{
    return {u"equals"_s,     u"notEquals"_s,   u"contains"_s, u"isEmpty"_s,
            u"isNotEmpty"_s, u"greaterThan"_s, u"lessThan"_s};
}

QString FormCondition::operatorText(Operator op)
{
    switch (op) {
    case Operator::Equals:
        return tr("is");
    case Operator::NotEquals:
        return tr("is not");
    case Operator::Contains:
        return tr("contains");
    case Operator::IsEmpty:
        return tr("is empty");
    case Operator::IsNotEmpty:
        return tr("is not empty");
    case Operator::GreaterThan:
        return tr("is greater than");
    case Operator::LessThan:
        return tr("is less than");
    }
    return {};
}

bool FormCondition::needsValue(Operator op)
{
    return op != Operator::IsEmpty && op != Operator::IsNotEmpty;
}
