#pragma once

#include "FormField.h"
#include "FormProblem.h"

#include <QCoreApplication>

// Reads the "choices" of a choice or multiple-choice field: at least one,
// each with a value (unique in the field) and a label.
class FormChoiceReader
{
    Q_DECLARE_TR_FUNCTIONS(FormChoiceReader)

public:
    static constexpr int maxChoices = 1000;
    static constexpr int maxValueLength = 200;
    static constexpr int maxLabelLength = 500;

    static QList<FormField::Choice> read(const QJsonValue &value, const QString &place,
                                         QList<FormProblem> *problems);

private:
    static FormField::Choice readOne(const QJsonValue &value, const QString &place,
                                     QList<FormProblem> *problems);
};
