#include "FormSchemaCheck.h"

#include "FormJson.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

using Type = FormField::Type;
using Operator = FormCondition::Operator;

QString fieldPlace(int index)
{
    return u"fields[%1]"_s.arg(index);
}

bool suits(Type type, Operator op)
{
    switch (op) {
    case Operator::IsEmpty:
    case Operator::IsNotEmpty:
        return type != Type::Section;
    case Operator::Equals:
    case Operator::NotEquals:
        return type != Type::Section && type != Type::File && type != Type::MultiChoice;
    case Operator::Contains:
        return type == Type::Text || type == Type::Multiline || type == Type::Email ||
               type == Type::MultiChoice;
    case Operator::GreaterThan:
    case Operator::LessThan:
        return type == Type::Number || type == Type::Date || type == Type::DateTime;
    }
    return false;
}

bool isChoiceValue(const FormField &field, const QJsonValue &value)
{
    return std::any_of(field.choices.begin(), field.choices.end(),
                       [&value](const FormField::Choice &choice) { return choice.value == value; });
}

} // namespace

FormSchemaCheck::FormSchemaCheck(const QList<FormField> &fields, QList<FormProblem> *problems)
    : m_fields(fields)
    , m_problems(problems)
{}

QList<int> FormSchemaCheck::check(const QList<FormField> &fields, QList<FormProblem> *problems)
{
    FormSchemaCheck checker(fields, problems);
    checker.checkKeys();
    for (int i = 0; i < fields.size(); ++i)
        checker.checkCondition(i, fields.at(i).visibleWhen,
                               FormJson::placeOf(fieldPlace(i), u"visibleWhen"_s));
    return checker.evaluationOrder();
}

void FormSchemaCheck::checkKeys()
{
    for (int i = 0; i < m_fields.size(); ++i) {
        const FormField &field = m_fields.at(i);
        if (field.key.isEmpty())
            continue;
        const auto first = m_indexByKey.constFind(field.key);
        if (first == m_indexByKey.constEnd()) {
            m_indexByKey.insert(field.key, i);
            continue;
        }
        m_problems->append(
            {FormJson::placeOf(fieldPlace(i), u"key"_s),
             tr("The key \"%1\" is already used by the field \"%2\"; each field needs its own "
                "key.")
                 .arg(field.key, m_fields.at(*first).label)});
    }
}

void FormSchemaCheck::checkCondition(int owner, const FormCondition &condition,
                                     const QString &place)
{
    if (condition.kind() == FormCondition::Kind::Comparison) {
        checkComparison(owner, condition, place);
        return;
    }
    const QString group = condition.kind() == FormCondition::Kind::All ? u"all"_s : u"any"_s;
    for (qsizetype i = 0; i < condition.conditions().size(); ++i)
        checkCondition(owner, condition.conditions().at(i),
                       FormJson::placeOf(place, group) + u"[%1]"_s.arg(i));
}

void FormSchemaCheck::checkComparison(int owner, const FormCondition &comparison,
                                      const QString &place)
{
    const QString fieldPlace = FormJson::placeOf(place, u"field"_s);
    const int target = m_indexByKey.value(comparison.field(), -1);
    if (comparison.field().isEmpty())
        return; // reported by the reader
    if (target < 0) {
        m_problems->append(
            {fieldPlace,
             tr("There is no field with the key \"%1\" in this form.").arg(comparison.field())});
        return;
    }
    if (target == owner) {
        m_problems->append({fieldPlace, tr("A field cannot be shown or hidden by its own "
                                           "answer.")});
        return;
    }

    const FormField &field = m_fields.at(target);
    if (field.type == Type::Section) {
        m_problems->append({fieldPlace, tr("\"%1\" is a section heading, which holds no "
                                           "answer to compare.")
                                            .arg(comparison.field())});
        return;
    }
    if (!suits(field.type, comparison.op())) {
        m_problems->append({FormJson::placeOf(place, u"op"_s),
                            tr("\"%1\" does not suit \"%2\", a field of type \"%3\".")
                                .arg(FormCondition::operatorKey(comparison.op()), field.key,
                                     FormField::typeKey(field.type))});
        return;
    }
    if (FormCondition::needsValue(comparison.op()))
        checkValue(field, comparison, FormJson::placeOf(place, u"value"_s));
}

void FormSchemaCheck::checkValue(const FormField &target, const FormCondition &comparison,
                                 const QString &place)
{
    const QJsonValue &value = comparison.value();
    const QString text = value.toString();
    QString expected;
    switch (target.type) {
    case Type::Text:
    case Type::Multiline:
    case Type::Email:
        if (!value.isString())
            expected = tr("a text");
        break;
    case Type::Number:
        if (!value.isDouble())
            expected = tr("a number");
        break;
    case Type::Choice:
    case Type::MultiChoice:
        if (!isChoiceValue(target, value))
            expected = tr("the value of one of its choices");
        break;
    case Type::YesNo:
        if (!value.isBool())
            expected = tr("true or false");
        break;
    case Type::Date:
        if (text.size() != 10 || !QDate::fromString(text, Qt::ISODate).isValid())
            expected = tr("a date written as YYYY-MM-DD");
        break;
    case Type::DateTime:
        if (!QDateTime::fromString(text, Qt::ISODate).isValid())
            expected = tr("a date and time written as YYYY-MM-DDTHH:MM");
        break;
    case Type::Person:
        if (!value.isDouble() || value.toDouble() < 1 ||
            std::floor(value.toDouble()) != value.toDouble())
            expected = tr("the number of a person");
        break;
    case Type::File:
    case Type::Section:
        break;
    }
    if (!expected.isEmpty())
        m_problems->append(
            {place, tr("The field \"%1\" must be compared with %2.").arg(target.key, expected)});
}

QList<int> FormSchemaCheck::evaluationOrder()
{
    m_dependencies.resize(m_fields.size());
    for (int i = 0; i < m_fields.size(); ++i) {
        for (const QString &key : m_fields.at(i).visibleWhen.fieldKeys()) {
            const int target = m_indexByKey.value(key, -1);
            if (target >= 0 && target != i)
                m_dependencies[i].append(target);
        }
    }

    QList<int> order;
    m_visits.fill(Visit::NotYet, m_fields.size());
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_visits.at(i) == Visit::NotYet)
            visit(i, order);
    }
    return order;
}

// Depth first: a field goes in the order once every field it depends on
// has. Meeting a field still on the path closes a cycle.
void FormSchemaCheck::visit(int index, QList<int> &order)
{
    m_visits[index] = Visit::Ongoing;
    m_path.append(index);
    for (const int dependency : std::as_const(m_dependencies.at(index))) {
        if (m_visits.at(dependency) == Visit::NotYet) {
            visit(dependency, order);
            continue;
        }
        if (m_visits.at(dependency) == Visit::Done)
            continue;

        QStringList circle;
        for (qsizetype i = m_path.indexOf(dependency); i < m_path.size(); ++i)
            circle.append(m_fields.at(m_path.at(i)).key);
        circle.append(m_fields.at(dependency).key);
        m_problems->append({FormJson::placeOf(fieldPlace(index), u"visibleWhen"_s),
                            tr("The visibility conditions go round in a circle: %1. A field "
                               "cannot depend on itself, even through other fields.")
                                .arg(circle.join(u" → "))});
    }
    m_path.removeLast();
    m_visits[index] = Visit::Done;
    order.append(index);
}
