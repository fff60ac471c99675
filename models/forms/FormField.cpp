#include "FormField.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <array>

using namespace Qt::StringLiterals;

namespace {

using Type = FormField::Type;

constexpr std::array allTypes = {Type::Text,     Type::Multiline,   Type::Email,  Type::Number,
                                 Type::Choice,   Type::MultiChoice, Type::YesNo,  Type::Date,
                                 Type::DateTime, Type::File,        Type::Person, Type::Section};

QStringList membersOf(Type type)
{
    const QStringList answer = {u"key"_s,  u"type"_s,     u"label"_s,
                                u"help"_s, u"required"_s, u"visibleWhen"_s};
    const QStringList textRules = {u"placeholder"_s,    u"default"_s,   u"pattern"_s,
                                   u"patternMessage"_s, u"minLength"_s, u"maxLength"_s};
    const QStringList dateRules = {u"default"_s, u"dateMin"_s, u"dateMax"_s, u"notInPast"_s,
                                   u"minDaysAhead"_s};
    switch (type) {
    case Type::Text:
    case Type::Multiline:
    case Type::Email:
        return answer + textRules;
    case Type::Number:
        return answer +
               QStringList{u"placeholder"_s, u"default"_s, u"integer"_s, u"min"_s, u"max"_s};
    case Type::Choice:
        return answer + QStringList{u"default"_s, u"choices"_s, u"display"_s};
    case Type::MultiChoice:
        return answer + QStringList{u"default"_s, u"choices"_s};
    case Type::YesNo:
        return answer + QStringList{u"default"_s};
    case Type::Date:
    case Type::DateTime:
        return answer + dateRules;
    case Type::File:
        return answer + QStringList{u"extensions"_s, u"maxSizeBytes"_s};
    case Type::Person:
        return answer + QStringList{u"placeholder"_s};
    case Type::Section:
        return {u"key"_s, u"type"_s, u"label"_s, u"text"_s, u"visibleWhen"_s};
    }
    return answer;
}

void insertText(QJsonObject &object, const QString &member, const QString &value)
{
    if (!value.isEmpty())
        object.insert(member, value);
}

} // namespace

QJsonObject FormField::toJson() const
{
    QJsonObject object{{u"key"_s, key}, {u"type"_s, typeKey(type)}, {u"label"_s, label}};
    const QStringList &wanted = members(type);
    const auto uses = [&wanted](const QString &member) {
        return wanted.contains(member);
    };

    if (hasAnswer())
        object.insert(u"required"_s, required);
    if (uses(u"help"_s))
        insertText(object, u"help"_s, help);
    if (uses(u"placeholder"_s))
        insertText(object, u"placeholder"_s, placeholder);
    if (uses(u"text"_s))
        insertText(object, u"text"_s, text);
    if (uses(u"default"_s) && !defaultValue.isUndefined() && !defaultValue.isNull())
        object.insert(u"default"_s, defaultValue);

    if (hasChoices()) {
        QJsonArray list;
        for (const Choice &choice : choices)
            list.append(QJsonObject{{u"value"_s, choice.value}, {u"label"_s, choice.label}});
        object.insert(u"choices"_s, list);
    }
    if (uses(u"display"_s))
        object.insert(u"display"_s, display == ChoiceDisplay::Radio ? u"radio"_s : u"dropdown"_s);

    if (uses(u"integer"_s)) {
        object.insert(u"integer"_s, integer);
        if (minimum)
            object.insert(u"min"_s, *minimum);
        if (maximum)
            object.insert(u"max"_s, *maximum);
    }

    if (uses(u"pattern"_s)) {
        insertText(object, u"pattern"_s, pattern);
        insertText(object, u"patternMessage"_s, patternMessage);
        if (minLength)
            object.insert(u"minLength"_s, *minLength);
        if (maxLength)
            object.insert(u"maxLength"_s, *maxLength);
    }

    if (uses(u"dateMin"_s)) {
        if (dateMin.isValid())
            object.insert(u"dateMin"_s, dateMin.toString(Qt::ISODate));
        if (dateMax.isValid())
            object.insert(u"dateMax"_s, dateMax.toString(Qt::ISODate));
        if (notInPast)
            object.insert(u"notInPast"_s, true);
        if (minDaysAhead > 0)
            object.insert(u"minDaysAhead"_s, minDaysAhead);
    }

    if (uses(u"extensions"_s)) {
        if (!extensions.isEmpty())
            object.insert(u"extensions"_s, QJsonArray::fromStringList(extensions));
        if (maxSizeBytes > 0)
            object.insert(u"maxSizeBytes"_s, double(maxSizeBytes));
    }

    if (!visibleWhen.isAlways())
        object.insert(u"visibleWhen"_s, visibleWhen.toJson());
    return object;
}

QString FormField::typeKey(Type type)
{
    switch (type) {
    case Type::Text:
        return u"text"_s;
    case Type::Multiline:
        return u"multiline"_s;
    case Type::Email:
        return u"email"_s;
    case Type::Number:
        return u"number"_s;
    case Type::Choice:
        return u"choice"_s;
    case Type::MultiChoice:
        return u"multichoice"_s;
    case Type::YesNo:
        return u"yesno"_s;
    case Type::Date:
        return u"date"_s;
    case Type::DateTime:
        return u"datetime"_s;
    case Type::File:
        return u"file"_s;
    case Type::Person:
        return u"person"_s;
    case Type::Section:
        return u"section"_s;
    }
    return {};
}

std::optional<FormField::Type> FormField::typeFromKey(const QString &key)
{
    for (const Type type : allTypes) {
        if (typeKey(type) == key)
            return type;
    }
    return std::nullopt;
}

QStringList FormField::typeKeys()
{
    QStringList keys;
    for (const Type type : allTypes)
        keys.append(typeKey(type));
    return keys;
}

QString FormField::typeText(Type type)
{
    switch (type) {
    case Type::Text:
        return tr("Single-line text");
    case Type::Multiline:
        return tr("Multi-line text");
    case Type::Email:
        return tr("E-mail address");
    case Type::Number:
        return tr("Number");
    case Type::Choice:
        return tr("Single choice");
    case Type::MultiChoice:
        return tr("Multiple choice");
    case Type::YesNo:
        return tr("Yes or no");
    case Type::Date:
        return tr("Date");
    case Type::DateTime:
        return tr("Date and time");
    case Type::File:
        return tr("File attachments");
    case Type::Person:
        return tr("Person");
    case Type::Section:
        return tr("Section heading");
    }
    return {};
}

const QStringList &FormField::members(Type type)
{
    static const auto table = [] {
        QList<QStringList> lists;
        for (const Type each : allTypes)
            lists.append(membersOf(each));
        return lists;
    }();
    return table.at(int(type));
}

bool FormField::isValidKey(const QString &key)
{
    static const QRegularExpression valid(u"\\A[a-z0-9][a-z0-9_]{0,63}\\z"_s);
    return valid.match(key).hasMatch();
}
