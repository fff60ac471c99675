#pragma once

#include "FormFieldEditor.h"

class QCheckBox;

// Multiple-choice fields: a check box per choice; the answer lists the values
// of the checked ones in the order of the choices.
class FormCheckListEditor : public FormFieldEditor
{
    Q_OBJECT

public:
    explicit FormCheckListEditor(const FormField &field, QWidget *parent = nullptr);

    QJsonValue answer() const override;
    void setAnswer(const QJsonValue &answer) override;
    QList<QWidget *> focusWidgets() const override;

private:
    QList<QCheckBox *> m_boxes;
    bool m_filling = false;
};
