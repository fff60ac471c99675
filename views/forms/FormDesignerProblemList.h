#pragma once

#include "forms/FormField.h"
#include "forms/FormProblem.h"

#include <QListWidget>

// What keeps the designed form from being used, each problem with the name
// of its field; activating one selects the field. Hidden when there is none.
class FormDesignerProblemList : public QListWidget
{
    Q_OBJECT

public:
    explicit FormDesignerProblemList(QWidget *parent = nullptr);

    void setProblems(const QList<FormProblem> &problems, const QList<FormField> &fields);

    // "“Laptop model”: message"; fieldIndex receives the field's index, or
    // -1 for a problem of the whole form.
    static QString describe(const FormProblem &problem, const QList<FormField> &fields,
                            int *fieldIndex);

signals:
    void fieldActivated(int index);
};
