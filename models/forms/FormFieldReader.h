#pragma once

#include "FormField.h"
#include "FormMemberReader.h"
#include "FormProblem.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

// Reads one field of a form schema, checking the type and the value of each
// member and the rules within the field (a choice field has choices, a
// minimum is not above its maximum, the default is a valid answer), and
// reports every problem with its place ("fields[3].maxLength"). Rules
// between fields (keys, conditions) are FormSchemaCheck's.
class FormFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(FormFieldReader)

public:
    static constexpr int maxLabelLength = 500;
    static constexpr int maxTextLength = 10000; // help and section text
    static constexpr int maxPatternLength = 1000;
    static constexpr double maxLimit = 1e15; // min and max of a number field
    static constexpr int maxDaysAhead = 3650;
    static constexpr qint64 maxFileSize = qint64(1) << 40; // 1 TiB

    // pattern receives the field's pattern compiled by
    // FormAnswerCheck::compilePattern(), so that it is compiled once.
    static FormField read(const QJsonValue &value, const QString &place,
                          QList<FormProblem> *problems, QRegularExpression *pattern);

private:
    FormFieldReader(const QJsonObject &object, const QString &place, QList<FormProblem> *problems);

    bool readKeyAndType(FormField &field);
    void refuseOtherMembers(const FormField &field);
    void readTexts(FormField &field);
    void readDisplay(FormField &field);
    void readNumberRules(FormField &field);
    void readTextRules(FormField &field, QRegularExpression *pattern);
    void readDateRules(FormField &field);
    void readFileRules(FormField &field);
    void checkDefault(FormField &field, const QRegularExpression &pattern);

    FormMemberReader m_members;
};
