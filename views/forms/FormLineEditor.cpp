#include "FormLineEditor.h"

#include <QBoxLayout>
#include <QLineEdit>

FormLineEditor::FormLineEditor(const FormField &field, QWidget *parent)
    : FormFieldEditor(field, parent)
    , m_edit(new QLineEdit(this))
{
    m_edit->setObjectName(editorName());
    m_edit->setPlaceholderText(field.placeholder);
    if (field.type == FormField::Type::Email)
        m_edit->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    rowLayout()->addWidget(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &FormFieldEditor::edited);
}

QJsonValue FormLineEditor::answer() const
{
    const QString text = m_edit->text();
    if (text.trimmed().isEmpty())
        return QJsonValue::Undefined;
    return text;
}

void FormLineEditor::setAnswer(const QJsonValue &answer)
{
    m_edit->setText(answer.toString());
}

QList<QWidget *> FormLineEditor::focusWidgets() const
{
    return {m_edit};
}
