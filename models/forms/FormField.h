#pragma once

#include "FormCondition.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// One field of a request form, as the administrator designed it. A plain
// value: FormSchema checks a list of them and FormValidator checks answers
// against them. Members that do not apply to the field's type are ignored
// and never written.
class FormField
{
    Q_DECLARE_TR_FUNCTIONS(FormField)

public:
    enum class Type
    {
        Text,
        Multiline,
        Email,
        Number,
        Choice,
        MultiChoice,
        YesNo,
        Date,
        DateTime,
        File,
        Person,
        Section // a heading with explanatory text; holds no answer
    };
    enum class ChoiceDisplay
    {
        Dropdown,
        Radio
    };

    struct Choice
    {
        QString value; // what the answer holds
        QString label; // what the requester reads

        bool operator==(const Choice &) const = default;
    };

    QString key; // stable: answers are stored under it
    Type type = Type::Text;
    QString label;
    QString help;
    QString placeholder;
    bool required = false;
    QJsonValue defaultValue = QJsonValue::Undefined; // undefined: none

    QList<Choice> choices; // choice and multichoice
    ChoiceDisplay display = ChoiceDisplay::Dropdown;

    bool integer = false; // number: whole numbers only
    std::optional<double> minimum;
    std::optional<double> maximum;

    QString pattern; // text, multiline, e-mail: the whole answer must match
    QString patternMessage;
    std::optional<int> minLength;
    std::optional<int> maxLength;

    QDate dateMin; // date and date-time: invalid when unset
    QDate dateMax;
    bool notInPast = false;
    int minDaysAhead = 0; // 0: no such rule

    QStringList extensions;  // file: lower case, without the dot; empty: any
    qint64 maxSizeBytes = 0; // 0: no limit of the field's own

    QString text; // section: the explanatory text

    FormCondition visibleWhen;

    bool operator==(const FormField &) const = default;

    bool hasAnswer() const { return type != Type::Section; }
    bool hasChoices() const { return type == Type::Choice || type == Type::MultiChoice; }

    // The JSON of the field, with only the members its type uses.
    QJsonObject toJson() const;

    // The words of the JSON ("multichoice") and what people read.
    static QString typeKey(Type type);
    static std::optional<Type> typeFromKey(const QString &key);
    static QStringList typeKeys();
    static QString typeText(Type type);
    // The JSON members a field of this type may carry.
    static const QStringList &members(Type type);

    // 1 to 64 characters: lower-case ASCII letters, digits and underscores,
    // starting with a letter or a digit.
    static bool isValidKey(const QString &key);
    static constexpr int maxKeyLength = 64;
};
