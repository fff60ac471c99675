#include "CatalogMemberReader.h"

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

CatalogMemberReader::CatalogMemberReader(const QJsonObject &object, const QString &place,
                                         QList<CatalogProblem> *problems)
    : m_object(object)
    , m_place(place)
    , m_problems(problems)
{}

bool CatalogMemberReader::isWholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::floor(number) == number && number >= std::numeric_limits<int>::min() &&
           number <= std::numeric_limits<int>::max();
}

CatalogProblem CatalogMemberReader::wrongType(const QString &place, const QString &expected,
                                              const QJsonValue &found)
{
    if (found.isUndefined())
        return {place, tr("This member is missing: it must be %1.").arg(expected)};
    return {place, tr("This must be %1, not %2.").arg(expected, typeName(found))};
}

CatalogProblem CatalogMemberReader::unknownMember(const QString &place)
{
    return {place, tr("A catalog file has no such member here; check its spelling.")};
}

QString CatalogMemberReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("true or false");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a text");
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

QString CatalogMemberReader::placeOf(const QString &member) const
{
    return m_place + u'.' + member;
}

void CatalogMemberReader::report(const QString &member, const QString &message)
{
    m_problems->append({placeOf(member), message});
}

// A key or a reference to one: any non-blank text, compared exactly.
QString CatalogMemberReader::key(const QString &member, const QString &missing)
{
    const QJsonValue value = m_object.value(member);
    if (value.isUndefined() || value.isNull() ||
        (value.isString() && value.toString().trimmed().isEmpty())) {
        report(member, missing);
        return {};
    }
    if (!value.isString()) {
        reportWrongType(member, tr("a text"), value);
        return {};
    }
    return value.toString();
}

QString CatalogMemberReader::name(const QString &missing)
{
    const QJsonValue value = m_object.value(u"name"_s);
    if (!value.isUndefined() && !value.isString()) {
        reportWrongType(u"name"_s, tr("a text"), value);
        return {};
    }
    const QString name = value.toString().trimmed();
    if (name.isEmpty())
        report(u"name"_s, missing);
    return name;
}

QString CatalogMemberReader::text(const QString &member)
{
    const QJsonValue value = m_object.value(member);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        reportWrongType(member, tr("a text"), value);
        return {};
    }
    return value.toString().trimmed();
}

// A key, login or name that may be absent: null (or no member) means none.
QString CatalogMemberReader::reference(const QString &member)
{
    const QJsonValue value = m_object.value(member);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        reportWrongType(member, tr("a text or null"), value);
        return {};
    }
    if (value.toString().trimmed().isEmpty()) {
        report(member, tr("A blank text names nothing: write null instead."));
        return {};
    }
    return value.toString();
}

int CatalogMemberReader::wholeNumber(const QString &member, int fallback)
{
    const QJsonValue value = m_object.value(member);
    if (value.isUndefined())
        return fallback;
    if (!isWholeNumber(value)) {
        reportWrongType(member, tr("a whole number"), value);
        return fallback;
    }
    return value.toInt();
}

bool CatalogMemberReader::boolean(const QString &member, bool fallback)
{
    const QJsonValue value = m_object.value(member);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool()) {
        reportWrongType(member, tr("true or false"), value);
        return fallback;
    }
    return value.toBool();
}

void CatalogMemberReader::reportWrongType(const QString &member, const QString &expected,
                                          const QJsonValue &found)
{
    m_problems->append(wrongType(placeOf(member), expected, found));
}

void CatalogMemberReader::reportUnknownMember(const QString &member)
{
    m_problems->append(unknownMember(placeOf(member)));
}

void CatalogMemberReader::refuseUnknownMembers(const QStringList &known)
{
    for (const QString &member : m_object.keys()) {
        if (!known.contains(member))
            reportUnknownMember(member);
    }
}
