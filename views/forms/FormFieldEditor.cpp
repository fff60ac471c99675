#include "FormFieldEditor.h"

using namespace Qt::StringLiterals;

FormFieldEditor::FormFieldEditor(const FormField &field, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
{}

QString FormFieldEditor::editorName() const
{
    return u"editor_"_s + m_field.key;
}

QBoxLayout *FormFieldEditor::rowLayout()
{
    return boxLayout(QBoxLayout::LeftToRight);
}

QBoxLayout *FormFieldEditor::columnLayout()
{
    return boxLayout(QBoxLayout::TopToBottom);
}

QBoxLayout *FormFieldEditor::boxLayout(QBoxLayout::Direction direction)
{
    if (auto *box = qobject_cast<QBoxLayout *>(layout())) {
        box->setDirection(direction);
        return box;
    }
    auto *box = new QBoxLayout(direction, this);
    box->setContentsMargins(0, 0, 0, 0);
    return box;
}
