#include "FormCheckListEditor.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QJsonArray>

using namespace Qt::StringLiterals;

FormCheckListEditor::FormCheckListEditor(const FormField &field, QWidget *parent)
    : FormFieldEditor(field, parent)
{
    setObjectName(editorName());
    QBoxLayout *layout = columnLayout();
    for (const FormField::Choice &choice : field.choices) {
        auto *box = new QCheckBox(choice.label, this);
        box->setObjectName(u"%1_%2"_s.arg(editorName()).arg(m_boxes.size()));
        layout->addWidget(box);
        m_boxes << box;
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!m_filling)
                emit edited();
        });
    }
}

QJsonValue FormCheckListEditor::answer() const
{
    QJsonArray values;
    for (int i = 0; i < m_boxes.size(); ++i) {
        if (m_boxes.at(i)->isChecked())
            values.append(field().choices.at(i).value);
    }
    if (values.isEmpty())
        return QJsonValue::Undefined;
    return values;
}

void FormCheckListEditor::setAnswer(const QJsonValue &answer)
{
    const QJsonArray values = answer.toArray();
    m_filling = true;
    for (int i = 0; i < m_boxes.size(); ++i)
        m_boxes.at(i)->setChecked(values.contains(field().choices.at(i).value));
    m_filling = false;
}

QList<QWidget *> FormCheckListEditor::focusWidgets() const
{
    return {m_boxes.begin(), m_boxes.end()};
}
