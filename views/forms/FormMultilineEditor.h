#pragma once

#include "FormFieldEditor.h"

class QPlainTextEdit;

// Multi-line text fields: a few lines high, the answer a string.
class FormMultilineEditor : public FormFieldEditor
{
    Q_OBJECT

public:
    explicit FormMultilineEditor(const FormField &field, QWidget *parent = nullptr);

    QJsonValue answer() const override;
    void setAnswer(const QJsonValue &answer) override;
    QList<QWidget *> focusWidgets() const override;

private:
    QPlainTextEdit *m_edit = nullptr;
    bool m_filling = false;
};
