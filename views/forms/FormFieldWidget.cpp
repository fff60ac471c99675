#include "FormFieldWidget.h"

#include "FormCheckListEditor.h"
#include "FormDateEditor.h"
#include "FormDropdownEditor.h"
#include "FormFileEditor.h"
#include "FormLineEditor.h"
#include "FormMultilineEditor.h"
#include "FormNumberEditor.h"
#include "FormPersonEditor.h"
#include "FormRadioEditor.h"
#include "FormWrappedLabel.h"
#include "common/WidgetStyle.h"

#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

using Type = FormField::Type;

FormFieldEditor *createEditor(const FormField &field, QAbstractItemModel *people, QWidget *parent)
{
    switch (field.type) {
    case Type::Text:
    case Type::Email:
        return new FormLineEditor(field, parent);
    case Type::Multiline:
        return new FormMultilineEditor(field, parent);
    case Type::Number:
        return new FormNumberEditor(field, parent);
    case Type::Choice:
        if (field.display == FormField::ChoiceDisplay::Radio)
            return new FormRadioEditor(field, parent);
        return new FormDropdownEditor(field, parent);
    case Type::YesNo:
        return new FormRadioEditor(field, parent);
    case Type::MultiChoice:
        return new FormCheckListEditor(field, parent);
    case Type::Date:
    case Type::DateTime:
        return new FormDateEditor(field, parent);
    case Type::File:
        return new FormFileEditor(field, parent);
    case Type::Person:
        return new FormPersonEditor(field, people, parent);
    case Type::Section:
        break;
    }
    return nullptr;
}

} // namespace

FormFieldWidget::FormFieldWidget(const FormField &field, QAbstractItemModel *people,
                                 QWidget *parent)
    : QWidget(parent)
    , m_key(field.key)
{
    setObjectName(u"field_"_s + field.key);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    if (field.type == Type::Section) {
        addSection(field);
        return;
    }

    m_editor = createEditor(field, people, this);
    addLabel(field);
    layout->addWidget(m_editor);
    if (!field.help.isEmpty())
        addMutedText(field.help);
    connect(m_editor, &FormFieldEditor::edited, this, [this] {
        setTouched(true);
        emit edited();
    });
    connect(m_editor, &FormFieldEditor::refused, this, &FormFieldWidget::setRefusal);
}

void FormFieldWidget::addLabel(const FormField &field)
{
    // A buddy label reads "&" as a shortcut: the label is the designer's
    // text, shown as written.
    QString text = field.label;
    text.replace(u'&', u"&&"_s);
    if (field.required)
        text += u" *"_s;
    auto *label = new FormWrappedLabel(text, this);
    label->setObjectName(u"label_"_s + field.key);
    const QList<QWidget *> focus = m_editor->focusWidgets();
    if (!focus.isEmpty()) {
        label->setBuddy(focus.first());
        if (!field.help.isEmpty())
            focus.first()->setAccessibleDescription(field.help);
    }
    if (field.required)
        label->setToolTip(tr("Required"));
    layout()->addWidget(label);
}

void FormFieldWidget::addSection(const FormField &field)
{
    auto *heading = new FormWrappedLabel(field.label, this);
    heading->setObjectName(u"heading_"_s + field.key);
    WidgetStyle::scaleFont(heading, 1.2, QFont::DemiBold);
    // Room above a heading: a section starts a new part of the form.
    heading->setContentsMargins(0, heading->fontMetrics().height() / 2, 0, 0);
    layout()->addWidget(heading);
    if (!field.text.isEmpty())
        layout()->addWidget(new FormWrappedLabel(field.text, this));
}

void FormFieldWidget::addMutedText(const QString &text)
{
    auto *help = new FormWrappedLabel(text, this);
    help->setObjectName(u"help_"_s + m_key);
    WidgetStyle::mute(help);
    layout()->addWidget(help);
}

void FormFieldWidget::setTouched(bool touched)
{
    if (touched == m_touched)
        return;
    m_touched = touched;
    updateMessage();
}

void FormFieldWidget::setError(const QString &message)
{
    if (message == m_error)
        return;
    m_error = message;
    updateMessage();
}

void FormFieldWidget::setRefusal(const QString &message)
{
    m_refusal = message;
    updateMessage();
}

void FormFieldWidget::updateMessage()
{
    // A refused file says why even on a field that holds no error.
    const QString text = !m_refusal.isEmpty() ? m_refusal : m_touched ? m_error : QString();
    if (!m_message) {
        if (text.isEmpty())
            return;
        m_message = new FormWrappedLabel({}, this);
        m_message->setObjectName(u"message_"_s + m_key);
        WidgetStyle::setTone(m_message, WidgetStyle::Tone::Failure);
        layout()->addWidget(m_message);
    }
    if (m_message->text() != text)
        m_message->setText(text);
    if (m_message->isHidden() != text.isEmpty())
        m_message->setVisible(!text.isEmpty());
}

bool FormFieldWidget::setShown(bool shown)
{
    if (isHidden() == !shown)
        return false;
    setVisible(shown);
    return true;
}

void FormFieldWidget::focusEditor()
{
    if (!m_editor)
        return;
    for (QWidget *widget : m_editor->focusWidgets()) {
        if (widget->isVisibleTo(this) && widget->isEnabled()) {
            widget->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}
