#pragma once

#include "forms/FormCondition.h"
#include "forms/FormField.h"
#include "people/Person.h"

#include <QWidget>

class FormConditionEditorValue;
class QComboBox;
class QToolButton;

// One comparison of a condition: [field] [operator] [value]. Only the
// operators that suit the chosen field are offered, and the value is hidden
// for "is empty" and "is not empty".
class FormConditionEditorRow : public QWidget
{
    Q_OBJECT

public:
    // candidates: the fields whose answers may be compared.
    FormConditionEditorRow(const QList<FormField> &candidates, const QList<Person> &people,
                           QWidget *parent = nullptr);

    void setCondition(const FormCondition &comparison);
    FormCondition condition() const;

    // Whether an operator can compare a field of this type.
    static bool suits(FormField::Type type, FormCondition::Operator op);

signals:
    // "condition" when the comparison changed, "condition.value" while its
    // value is typed.
    void edited(const QString &property);
    void removeRequested();

private:
    const FormField *target() const;
    void fillOperators(FormCondition::Operator wanted);
    void fieldChosen();
    void updateValueVisibility();

    QList<FormField> m_candidates;
    QList<Person> m_people;
    QComboBox *m_field = nullptr;
    QComboBox *m_operator = nullptr;
    FormConditionEditorValue *m_value = nullptr;
    QToolButton *m_remove = nullptr;
};
