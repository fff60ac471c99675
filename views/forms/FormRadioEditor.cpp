#include "FormRadioEditor.h"

#include <QBoxLayout>
#include <QButtonGroup>
#include <QRadioButton>

using namespace Qt::StringLiterals;

FormRadioEditor::FormRadioEditor(const FormField &field, QWidget *parent)
    : FormFieldEditor(field, parent)
    , m_group(new QButtonGroup(this))
{
    setObjectName(editorName());
    const bool yesNo = field.type == FormField::Type::YesNo;
    QBoxLayout *layout = yesNo ? rowLayout() : columnLayout();
    if (yesNo) {
        addOption(tr("Yes"), true, layout);
        addOption(tr("No"), false, layout);
        layout->addStretch(1);
    } else {
        for (const FormField::Choice &choice : field.choices)
            addOption(choice.label, choice.value, layout);
    }
    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked && !m_filling)
            emit edited();
    });
}

void FormRadioEditor::addOption(const QString &label, const QJsonValue &value, QBoxLayout *layout)
{
    auto *button = new QRadioButton(label, this);
    button->setObjectName(u"%1_%2"_s.arg(editorName()).arg(m_buttons.size()));
    m_group->addButton(button, int(m_buttons.size()));
    layout->addWidget(button);
    m_buttons << button;
    m_values << value;
}

QJsonValue FormRadioEditor::answer() const
{
    const int checked = m_group->checkedId();
    return checked < 0 ? QJsonValue(QJsonValue::Undefined) : m_values.at(checked);
}

void FormRadioEditor::setAnswer(const QJsonValue &answer)
{
    m_filling = true;
    const int index = int(m_values.indexOf(answer));
    if (index >= 0) {
        m_buttons.at(index)->setChecked(true);
    } else if (QAbstractButton *checked = m_group->checkedButton()) {
        // An exclusive group keeps one button checked: let go of it to clear.
        m_group->setExclusive(false);
        checked->setChecked(false);
        m_group->setExclusive(true);
    }
    m_filling = false;
}

QList<QWidget *> FormRadioEditor::focusWidgets() const
{
    return {m_buttons.begin(), m_buttons.end()};
}
