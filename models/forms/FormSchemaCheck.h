#pragma once

#include "FormField.h"
#include "FormProblem.h"

#include <QCoreApplication>
#include <QHash>

// The rules between the fields of a form: keys are unique, conditions name
// fields that exist and compare them in a way that suits their type, and no
// field depends on itself, directly or through others.
class FormSchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(FormSchemaCheck)

public:
    // Reports what breaks the rules, and returns the indexes of the fields
    // in the order to evaluate their conditions: each field after the
    // fields its condition reads, otherwise in form order.
    static QList<int> check(const QList<FormField> &fields, QList<FormProblem> *problems);

private:
    FormSchemaCheck(const QList<FormField> &fields, QList<FormProblem> *problems);

    void checkKeys();
    void checkCondition(int owner, const FormCondition &condition, const QString &place);
    void checkComparison(int owner, const FormCondition &comparison, const QString &place);
    void checkValue(const FormField &target, const FormCondition &comparison, const QString &place);
    QList<int> evaluationOrder();
    void visit(int index, QList<int> &order);

    const QList<FormField> &m_fields;
    QList<FormProblem> *m_problems;
    QHash<QString, int> m_indexByKey;

    enum class Visit
    {
        NotYet,
        Ongoing,
        Done
    };
    QList<QList<int>> m_dependencies;
    QList<Visit> m_visits;
    QList<int> m_path;
};
