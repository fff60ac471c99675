#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

// When a field of a form is shown: always, or when other answers match. A
// condition is a tree: groups ("all" of their conditions hold, or "any" of
// them) over comparisons of one answer with a value. In JSON:
//   {"all": [{"field": "model", "op": "equals", "value": "desktop"},
//            {"any": [...]}]}
class FormCondition
{
    Q_DECLARE_TR_FUNCTIONS(FormCondition)

public:
    enum class Kind
    {
        Always,
        All,
        Any,
        Comparison
    };
    enum class Operator
    {
        Equals,
        NotEquals,
        Contains,
        IsEmpty,
        IsNotEmpty,
        GreaterThan,
        LessThan
    };

    // Always true: the field is always shown.
    FormCondition() = default;
    static FormCondition all(QList<FormCondition> conditions);
    static FormCondition any(QList<FormCondition> conditions);
    static FormCondition comparison(QString field, Operator op, QJsonValue value = {});

    Kind kind() const { return m_kind; }
    bool isAlways() const { return m_kind == Kind::Always; }
    bool isGroup() const { return m_kind == Kind::All || m_kind == Kind::Any; }
    const QList<FormCondition> &conditions() const { return m_conditions; }
    const QString &field() const { return m_field; }
    Operator op() const { return m_op; }
    const QJsonValue &value() const { return m_value; }

    // The answer of a field by its key; undefined when there is none, which
    // is also what a hidden field gives.
    using AnswerLookup = std::function<QJsonValue(const QString &key)>;
    bool evaluate(const AnswerLookup &answerOf) const;
    bool evaluate(const QJsonObject &answers) const;

    // The keys of the fields the condition reads, each once.
    QStringList fieldKeys() const;

    // Null for Always: a field without condition has no "visibleWhen".
    QJsonValue toJson() const;

    // The words of the JSON ("notEquals") and what people read ("is not").
    static QString operatorKey(Operator op);
    static std::optional<Operator> operatorFromKey(const QString &key);
    static QStringList operatorKeys();
    static QString operatorText(Operator op);
    // isEmpty and isNotEmpty compare with nothing.
    static bool needsValue(Operator op);

    bool operator==(const FormCondition &) const = default;

private:
    bool compare(const QJsonValue &answer) const;

    Kind m_kind = Kind::Always;
    QList<FormCondition> m_conditions;
    QString m_field;
    Operator m_op = Operator::Equals;
    QJsonValue m_value;
};
