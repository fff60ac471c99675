#pragma once

#include "FormField.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonValue>
#include <QRegularExpression>

// Checks one answer against one field: its JSON type and every rule of the
// field, except "required", which FormValidator decides with visibility.
// The messages name the field by its label, for the requester to read.
class FormAnswerCheck
{
    Q_DECLARE_TR_FUNCTIONS(FormAnswerCheck)

public:
    // Bounds that hold even when the field sets none, so that one answer
    // cannot fill the database.
    static constexpr int maxTextLength = 100000;
    static constexpr int maxAttachments = 100;
    static constexpr double maxWholeNumber = 9007199254740991.0; // 2^53 - 1, exact in JSON

    struct Outcome
    {
        // The cleaned answer (trimmed text, choices in their order…), kept
        // even when a rule fails so that conditions still see what was
        // typed; undefined when the field was left empty or holds the
        // wrong JSON type.
        QJsonValue value = QJsonValue::Undefined;
        QString error; // empty when the answer is valid

        bool isEmpty() const { return value.isUndefined(); }
    };

    // pattern comes from compilePattern(field.pattern). With an invalid
    // today the rules relative to today ("not in the past", "N days
    // ahead") are not checked: the schema reader checks default values so.
    static Outcome check(const FormField &field, const QRegularExpression &pattern,
                         const QJsonValue &answer, QDate today);

    // The field's pattern, anchored so that the whole answer must match,
    // and compiled once.
    static QRegularExpression compilePattern(const QString &pattern);

private:
    FormAnswerCheck(const FormField &field, const QRegularExpression &pattern, QDate today);

    Outcome checkText(const QJsonValue &answer) const;
    Outcome checkNumber(const QJsonValue &answer) const;
    Outcome checkChoice(const QJsonValue &answer) const;
    Outcome checkMultiChoice(const QJsonValue &answer) const;
    Outcome checkDate(const QJsonValue &answer) const;
    Outcome checkPerson(const QJsonValue &answer) const;
    QString dateError(QDate date) const;
    Outcome refuse(const QString &message) const { return {QJsonValue::Undefined, message}; }
    QString named(const QString &message) const { return message.arg(m_field.label); }

    const FormField &m_field;
    const QRegularExpression &m_pattern;
    QDate m_today;
};
