#include "FormMultilineEditor.h"

#include <QBoxLayout>
#include <QPlainTextEdit>

FormMultilineEditor::FormMultilineEditor(const FormField &field, QWidget *parent)
    : FormFieldEditor(field, parent)
    , m_edit(new QPlainTextEdit(this))
{
    m_edit->setObjectName(editorName());
    m_edit->setPlaceholderText(field.placeholder);
    // Tab moves to the next field, as everywhere else in the form.
    m_edit->setTabChangesFocus(true);
    // About five lines: room to write without taking the whole form.
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 5 +
                           2 * (m_edit->frameWidth() + int(m_edit->document()->documentMargin())));
    rowLayout()->addWidget(m_edit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            emit edited();
    });
}

QJsonValue FormMultilineEditor::answer() const
{
    const QString text = m_edit->toPlainText();
    if (text.trimmed().isEmpty())
        return QJsonValue::Undefined;
    return text;
}

void FormMultilineEditor::setAnswer(const QJsonValue &answer)
{
    m_filling = true;
    m_edit->setPlainText(answer.toString());
    m_filling = false;
}

QList<QWidget *> FormMultilineEditor::focusWidgets() const
{
    return {m_edit};
}
