#include "FormAnswerCheck.h"

#include "FormAttachmentCheck.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

using Type = FormField::Type;

// Characters as people count them: a surrogate pair is one character.
qsizetype characterCount(QStringView text)
{
    return text.size() -
           std::count_if(text.begin(), text.end(), [](QChar c) { return c.isLowSurrogate(); });
}

bool isEmailAddress(const QString &text)
{
    static const QRegularExpression address(u"\\A[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+\\z"_s);
    return text.size() <= 254 && address.match(text).hasMatch();
}

} // namespace

FormAnswerCheck::FormAnswerCheck(const FormField &field, const QRegularExpression &pattern,
                                 QDate today)
    : m_field(field)
    , m_pattern(pattern)
    , m_today(today)
{}

FormAnswerCheck::Outcome FormAnswerCheck::check(const FormField &field,
                                                const QRegularExpression &pattern,
                                                const QJsonValue &answer, QDate today)
{
    if (answer.isUndefined() || answer.isNull() || !field.hasAnswer())
        return {};

    const FormAnswerCheck checker(field, pattern, today);
    switch (field.type) {
    case Type::Text:
    case Type::Multiline:
    case Type::Email:
        return checker.checkText(answer);
    case Type::Number:
        return checker.checkNumber(answer);
    case Type::Choice:
        return checker.checkChoice(answer);
    case Type::MultiChoice:
        return checker.checkMultiChoice(answer);
    case Type::YesNo:
        if (!answer.isBool())
            return checker.refuse(checker.named(tr("\"%1\" must be answered yes or no.")));
        return {answer, {}};
    case Type::Date:
    case Type::DateTime:
        return checker.checkDate(answer);
    case Type::File:
        return FormAttachmentCheck::check(field, answer);
    case Type::Person:
        return checker.checkPerson(answer);
    case Type::Section:
        break;
    }
    return {};
}

QRegularExpression FormAnswerCheck::compilePattern(const QString &pattern)
{
    if (pattern.isEmpty())
        return {};
    QRegularExpression expression(QRegularExpression::anchoredPattern(pattern));
    expression.optimize();
    return expression;
}

FormAnswerCheck::Outcome FormAnswerCheck::checkText(const QJsonValue &answer) const
{
    if (!answer.isString())
        return refuse(named(tr("\"%1\" must be a text.")));
    const QString text = answer.toString().trimmed();
    if (text.isEmpty())
        return {};

    const qsizetype length = characterCount(text);
    const int longest = m_field.maxLength.value_or(maxTextLength);
    if (length > longest)
        return {text,
                tr("\"%1\" holds at most %n character(s).", nullptr, longest).arg(m_field.label)};
    if (m_field.minLength && length < *m_field.minLength)
        return {text, tr("\"%1\" needs at least %n character(s).", nullptr, *m_field.minLength)
                          .arg(m_field.label)};
    if (m_field.type == Type::Email && !isEmailAddress(text))
        return {text, named(tr("\"%1\" must be an e-mail address, such as "
                               "name@example.com."))};
    if (!m_field.pattern.isEmpty() && !m_pattern.match(text).hasMatch()) {
        // The administrator's message, after the label that every message
        // names, for the store's list of errors.
        if (!m_field.patternMessage.isEmpty())
            return {text, tr("\"%1\": %2", "field label: the form designer's message")
                              .arg(m_field.label, m_field.patternMessage)};
        return {text, named(tr("\"%1\" is not written in the expected format."))};
    }
    return {text, {}};
}

FormAnswerCheck::Outcome FormAnswerCheck::checkNumber(const QJsonValue &answer) const
{
    if (!answer.isDouble() || !std::isfinite(answer.toDouble()))
        return refuse(named(tr("\"%1\" must be a number.")));

    const double number = answer.toDouble();
    const QLocale locale;
    if (m_field.integer && (std::floor(number) != number || std::abs(number) > maxWholeNumber))
        return {answer, named(tr("\"%1\" must be a whole number."))};
    if (m_field.minimum && number < *m_field.minimum)
        return {answer, tr("\"%1\" must be at least %2.")
                            .arg(m_field.label, locale.toString(*m_field.minimum, 'g', 15))};
    if (m_field.maximum && number > *m_field.maximum)
        return {answer, tr("\"%1\" must be at most %2.")
                            .arg(m_field.label, locale.toString(*m_field.maximum, 'g', 15))};
    return {answer, {}};
}

FormAnswerCheck::Outcome FormAnswerCheck::checkChoice(const QJsonValue &answer) const
{
    if (!answer.isString())
        return refuse(named(tr("\"%1\" must be one of its choices.")));
    const QString value = answer.toString();
    if (value.isEmpty())
        return {};

    const auto isValue = [&value](const FormField::Choice &choice) {
        return choice.value == value;
    };
    if (std::none_of(m_field.choices.begin(), m_field.choices.end(), isValue))
        return refuse(tr("\"%1\" is not one of the choices of \"%2\".").arg(value, m_field.label));
    return {answer, {}};
}

FormAnswerCheck::Outcome FormAnswerCheck::checkMultiChoice(const QJsonValue &answer) const
{
    if (!answer.isArray())
        return refuse(named(tr("\"%1\" must be a list of its choices.")));

    const QJsonArray picked = answer.toArray();
    for (const QJsonValue &item : picked) {
        if (!item.isString())
            return refuse(named(tr("\"%1\" must be a list of its choices.")));
    }

    // Cleaned: each picked choice once, in the order of the choices.
    QJsonArray cleaned;
    for (const FormField::Choice &choice : m_field.choices) {
        if (picked.contains(choice.value))
            cleaned.append(choice.value);
    }
    if (cleaned.size() != picked.size()) {
        for (const QJsonValue &item : picked) {
            if (!cleaned.contains(item))
                return refuse(tr("\"%1\" is not one of the choices of \"%2\".")
                                  .arg(item.toString(), m_field.label));
        }
    }
    if (cleaned.isEmpty())
        return {};
    return {cleaned, {}};
}

FormAnswerCheck::Outcome FormAnswerCheck::checkDate(const QJsonValue &answer) const
{
    const bool withTime = m_field.type == Type::DateTime;
    const QString wrong =
        withTime ? tr("\"%1\" must be a date and time.") : tr("\"%1\" must be a date.");
    if (!answer.isString())
        return refuse(named(wrong));
    const QString text = answer.toString().trimmed();
    if (text.isEmpty())
        return {};

    // ISO 8601 only: "2024-05-31", "2024-05-31T14:30:00Z". The rules look at
    // the date, as written.
    const QDate date = withTime ? QDateTime::fromString(text, Qt::ISODate).date()
                                : QDate::fromString(text, Qt::ISODate);
    const bool wellWritten = withTime ? text.contains(u'T') : text.size() == 10;
    if (!date.isValid() || !wellWritten)
        return refuse(named(wrong));
    return {text, dateError(date)};
}

QString FormAnswerCheck::dateError(QDate date) const
{
    const QLocale locale;
    if (m_field.dateMin.isValid() && date < m_field.dateMin)
        return tr("\"%1\" cannot be before %2.")
            .arg(m_field.label, locale.toString(m_field.dateMin, QLocale::ShortFormat));
    if (m_field.dateMax.isValid() && date > m_field.dateMax)
        return tr("\"%1\" cannot be after %2.")
            .arg(m_field.label, locale.toString(m_field.dateMax, QLocale::ShortFormat));
    if (!m_today.isValid())
        return {};
    if (m_field.notInPast && date < m_today)
        return named(tr("\"%1\" cannot be in the past."));
    if (m_field.minDaysAhead > 0 && date < m_today.addDays(m_field.minDaysAhead))
        return tr("\"%1\" must be at least %n day(s) from today.", nullptr, m_field.minDaysAhead)
            .arg(m_field.label);
    return {};
}

FormAnswerCheck::Outcome FormAnswerCheck::checkPerson(const QJsonValue &answer) const
{
    const double id = answer.toDouble();
    if (!answer.isDouble() || std::floor(id) != id || id < 1 || id > maxWholeNumber)
        return refuse(named(tr("\"%1\" must be a person from the directory.")));
    return {answer, {}};
}
