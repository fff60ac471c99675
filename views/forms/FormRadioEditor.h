#pragma once

#include "FormFieldEditor.h"

class QButtonGroup;
class QRadioButton;

// Choice fields shown as radio buttons, and yes/no fields as a "Yes" and a
// "No" button: until one is picked the field holds no answer, so that a
// required yes/no question must be answered, and may be answered no.
class FormRadioEditor : public FormFieldEditor
{
    Q_OBJECT

public:
    explicit FormRadioEditor(const FormField &field, QWidget *parent = nullptr);

    QJsonValue answer() const override;
    void setAnswer(const QJsonValue &answer) override;
    QList<QWidget *> focusWidgets() const override;

private:
    void addOption(const QString &label, const QJsonValue &value, class QBoxLayout *layout);

    QButtonGroup *m_group = nullptr;
    QList<QRadioButton *> m_buttons;
    QList<QJsonValue> m_values;
    bool m_filling = false;
};
