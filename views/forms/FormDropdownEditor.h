#pragma once

#include "FormFieldEditor.h"

class QComboBox;

// Choice fields shown as a drop-down list. Without a default value the list
// starts on an empty "Choose…" entry, which is no answer.
class FormDropdownEditor : public FormFieldEditor
{
    Q_OBJECT

public:
    explicit FormDropdownEditor(const FormField &field, QWidget *parent = nullptr);

    QJsonValue answer() const override;
    void setAnswer(const QJsonValue &answer) override;
    QList<QWidget *> focusWidgets() const override;

private:
    QComboBox *m_combo = nullptr;
    bool m_filling = false;
};
