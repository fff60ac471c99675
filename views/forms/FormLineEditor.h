#pragma once

#include "FormFieldEditor.h"

class QLineEdit;

// Text and e-mail fields: one line, the answer a string.
class FormLineEditor : public FormFieldEditor
{
    Q_OBJECT

public:
    explicit FormLineEditor(const FormField &field, QWidget *parent = nullptr);

    QJsonValue answer() const override;
    void setAnswer(const QJsonValue &answer) override;
    QList<QWidget *> focusWidgets() const override;

private:
    QLineEdit *m_edit = nullptr;
};
