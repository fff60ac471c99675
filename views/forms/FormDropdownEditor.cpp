#include "FormDropdownEditor.h"

#include <QBoxLayout>
#include <QComboBox>

FormDropdownEditor::FormDropdownEditor(const FormField &field, QWidget *parent)
    : FormFieldEditor(field, parent)
    , m_combo(new QComboBox(this))
{
    m_combo->setObjectName(editorName());
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    if (field.defaultValue.toString().isEmpty())
        m_combo->addItem(tr("Choose…"), QString());
    for (const FormField::Choice &choice : field.choices)
        m_combo->addItem(choice.label, choice.value);

    auto *layout = rowLayout();
    layout->addWidget(m_combo);
    layout->addStretch(1);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            emit edited();
    });
}

QJsonValue FormDropdownEditor::answer() const
{
    const QString value = m_combo->currentData().toString();
    if (value.isEmpty())
        return QJsonValue::Undefined;
    return value;
}

void FormDropdownEditor::setAnswer(const QJsonValue &answer)
{
    // An unknown or missing value falls back on the first entry: "Choose…",
    // or the default when the field has one.
    int index = m_combo->findData(answer.toString());
    if (index < 0)
        index = m_combo->findData(field().defaultValue.toString());
    m_filling = true;
    m_combo->setCurrentIndex(std::max(index, 0));
    m_filling = false;
}

QList<QWidget *> FormDropdownEditor::focusWidgets() const
{
    return {m_combo};
}
