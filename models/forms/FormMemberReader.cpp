#include "FormMemberReader.h"

#include "FormJson.h"

#include <cmath>

using namespace Qt::StringLiterals;

FormMemberReader::FormMemberReader(const QJsonObject &object, const QString &place,
                                   QList<FormProblem> *problems)
    : m_object(object)
    , m_place(place)
    , m_problems(problems)
{}

QString FormMemberReader::placeOf(const QString &member) const
{
    return FormJson::placeOf(m_place, member);
}

void FormMemberReader::report(const QString &member, const QString &message)
{
    m_problems->append({placeOf(member), message});
}

void FormMemberReader::reportWrongType(const QString &member, const QString &expected)
{
    m_problems->append(FormJson::wrongType(placeOf(member), expected, value(member)));
}

QString FormMemberReader::text(const QString &member, int maxLength)
{
    const QJsonValue found = value(member);
    if (found.isUndefined())
        return {};
    if (!found.isString()) {
        reportWrongType(member, tr("a text"));
        return {};
    }
    if (found.toString().size() > maxLength)
        report(member, tr("This text is too long: it may hold at most %n character(s).", nullptr,
                          maxLength));
    return found.toString();
}

bool FormMemberReader::boolean(const QString &member)
{
    const QJsonValue found = value(member);
    if (!found.isUndefined() && !found.isBool())
        reportWrongType(member, tr("true or false"));
    return found.toBool();
}

std::optional<qint64> FormMemberReader::wholeNumber(const QString &member, qint64 smallest,
                                                    qint64 largest)
{
    const QJsonValue found = value(member);
    if (found.isUndefined())
        return std::nullopt;
    const double number = found.toDouble();
    if (!found.isDouble() || std::floor(number) != number || number < double(smallest) ||
        number > double(largest)) {
        report(member, tr("This must be a whole number from %1 to %2.").arg(smallest).arg(largest));
        return std::nullopt;
    }
    return qint64(number);
}

std::optional<double> FormMemberReader::number(const QString &member, double limit)
{
    const QJsonValue found = value(member);
    if (found.isUndefined())
        return std::nullopt;
    if (!found.isDouble()) {
        reportWrongType(member, tr("a number"));
        return std::nullopt;
    }
    if (!std::isfinite(found.toDouble()) || std::abs(found.toDouble()) > limit) {
        report(member,
               tr("This number is too large: use a number from -%1 to %1.").arg(limit, 0, 'f', 0));
        return std::nullopt;
    }
    return found.toDouble();
}

QDate FormMemberReader::date(const QString &member)
{
    const QJsonValue found = value(member);
    if (found.isUndefined())
        return {};
    // QDate also reads the date of a date-time: only ten characters are a date.
    const QString text = found.toString();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!found.isString()) {
        reportWrongType(member, tr("a date written as YYYY-MM-DD"));
        return {};
    }
    if (text.size() != 10 || !date.isValid()) {
        report(member, tr("\"%1\" is not a date written as YYYY-MM-DD.").arg(text));
        return {};
    }
    return date;
}
