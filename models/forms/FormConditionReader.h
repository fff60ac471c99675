#pragma once

#include "FormCondition.h"
#include "FormProblem.h"

#include <QCoreApplication>

// Reads the "visibleWhen" of a field: checks the shape of every group and
// comparison and reports each problem with its place
// ("fields[3].visibleWhen.any[1].op"). Whether the fields it names exist,
// and whether the comparison suits their type, is FormSchemaCheck's.
class FormConditionReader
{
    Q_DECLARE_TR_FUNCTIONS(FormConditionReader)

public:
    // Groups nest at most this deep, so that a hostile schema cannot
    // exhaust the stack of every desktop that opens it.
    static constexpr int maxDepth = 32;
    static constexpr int maxGroupSize = 200;

    // Null or undefined: always visible.
    static FormCondition read(const QJsonValue &value, const QString &place,
                              QList<FormProblem> *problems);

private:
    explicit FormConditionReader(QList<FormProblem> *problems);

    FormCondition readNode(const QJsonValue &value, const QString &place, int depth);
    FormCondition readGroup(const QJsonObject &object, const QString &place, int depth);
    FormCondition readComparison(const QJsonObject &object, const QString &place);
    void report(const QString &place, const QString &message);

    QList<FormProblem> *m_problems;
};
