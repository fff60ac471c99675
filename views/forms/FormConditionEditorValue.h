#pragma once

#include "forms/FormField.h"
#include "people/Person.h"

#include <QJsonValue>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;

// What a comparison of a condition compares an answer with, edited the way
// the compared field is answered: one of its choices, yes or no, a person, a
// date, or a text or number typed in.
class FormConditionEditorValue : public QWidget
{
    Q_OBJECT

public:
    explicit FormConditionEditorValue(QWidget *parent = nullptr);

    // The compared field (nullptr: unknown, edited as text) and its value.
    void setTarget(const FormField *target, const QList<Person> &people, const QJsonValue &value);
    QJsonValue value() const;

signals:
    void edited();

private:
    void showOnly(QWidget *widget);
    void fillCombo(const FormField *target, const QList<Person> &people);

    FormField::Type m_type = FormField::Type::Text;
    QLineEdit *m_text = nullptr;
    QComboBox *m_combo = nullptr;
    QDateTimeEdit *m_date = nullptr;
};
