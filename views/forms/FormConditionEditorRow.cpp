#include "FormConditionEditorRow.h"

#include "FormConditionEditorValue.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

using Type = FormField::Type;
using Operator = FormCondition::Operator;

const QList<Operator> allOperators = {
    Operator::Equals,     Operator::NotEquals,   Operator::Contains, Operator::IsEmpty,
    Operator::IsNotEmpty, Operator::GreaterThan, Operator::LessThan};

} // namespace

FormConditionEditorRow::FormConditionEditorRow(const QList<FormField> &candidates,
                                               const QList<Person> &people, QWidget *parent)
    : QWidget(parent)
    , m_candidates(candidates)
    , m_people(people)
{
    setObjectName(u"conditionRow"_s);
    m_field = new QComboBox;
    m_field->setObjectName(u"conditionField"_s);
    m_field->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_field->setMinimumContentsLength(8);
    for (const FormField &field : candidates) {
        m_field->addItem(field.label.trimmed().isEmpty() ? field.key : field.label, field.key);
        // The combo may be too narrow for the whole question.
        m_field->setItemData(m_field->count() - 1, field.label, Qt::ToolTipRole);
    }
    m_operator = new QComboBox;
    m_operator->setObjectName(u"conditionOperator"_s);
    m_operator->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_value = new FormConditionEditorValue;
    m_value->setObjectName(u"conditionValue"_s);
    // Rows stay aligned when one compares with nothing.
    QSizePolicy policy = m_value->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    m_value->setSizePolicy(policy);
    m_remove = new QToolButton;
    m_remove->setObjectName(u"removeConditionButton"_s);
    m_remove->setText(u"\u2715"_s);
    m_remove->setToolTip(tr("Remove this condition"));
    m_remove->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field, 3);
    layout->addWidget(m_operator);
    layout->addWidget(m_value, 2);
    layout->addWidget(m_remove);

    connect(m_field, &QComboBox::activated, this, &FormConditionEditorRow::fieldChosen);
    connect(m_operator, &QComboBox::activated, this, [this] {
        updateValueVisibility();
        emit edited(u"condition"_s);
    });
    connect(m_value, &FormConditionEditorValue::edited, this,
            [this] { emit edited(u"condition.value"_s); });
    connect(m_remove, &QToolButton::clicked, this, &FormConditionEditorRow::removeRequested);
}

void FormConditionEditorRow::setCondition(const FormCondition &comparison)
{
    int index = m_field->findData(comparison.field());
    if (index < 0 && !comparison.field().isEmpty()) {
        m_field->addItem(tr("%1 (no such field)").arg(comparison.field()), comparison.field());
        index = m_field->count() - 1;
    }
    m_field->setCurrentIndex(qMax(0, index));
    fillOperators(comparison.op());
    m_value->setTarget(target(), m_people, comparison.value());
    updateValueVisibility();
}

FormCondition FormConditionEditorRow::condition() const
{
    const auto op = Operator(m_operator->currentData().toInt());
    return FormCondition::comparison(m_field->currentData().toString(), op,
                                     FormCondition::needsValue(op) ? m_value->value()
                                                                   : QJsonValue());
}

bool FormConditionEditorRow::suits(Type type, Operator op)
{
    switch (op) {
    case Operator::IsEmpty:
    case Operator::IsNotEmpty:
        return type != Type::Section;
    case Operator::Equals:
    case Operator::NotEquals:
        return type != Type::Section && type != Type::File && type != Type::MultiChoice;
    case Operator::Contains:
        return type == Type::Text || type == Type::Multiline || type == Type::Email ||
               type == Type::MultiChoice;
    case Operator::GreaterThan:
    case Operator::LessThan:
        return type == Type::Number || type == Type::Date || type == Type::DateTime;
    }
    return false;
}

const FormField *FormConditionEditorRow::target() const
{
    const QString key = m_field->currentData().toString();
    for (const FormField &field : m_candidates) {
        if (field.key == key)
            return &field;
    }
    return nullptr;
}

void FormConditionEditorRow::fillOperators(Operator wanted)
{
    const FormField *field = target();
    m_operator->clear();
    for (const Operator op : allOperators) {
        if (!field || suits(field->type, op))
            m_operator->addItem(FormCondition::operatorText(op), int(op));
    }
    m_operator->setCurrentIndex(qMax(0, m_operator->findData(int(wanted))));
}

void FormConditionEditorRow::fieldChosen()
{
    fillOperators(Operator(m_operator->currentData().toInt()));
    m_value->setTarget(target(), m_people, {});
    updateValueVisibility();
    emit edited(u"condition"_s);
}

void FormConditionEditorRow::updateValueVisibility()
{
    const auto op = Operator(m_operator->currentData().toInt());
    m_value->setVisible(FormCondition::needsValue(op));
}
