#include "FormDesignerDefaultEditor.h"

#include "FormDesignerDateEdit.h"
#include "FormDesignerNumberEdit.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

using Type = FormField::Type;

QJsonValue noneIfEmpty(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
}

} // namespace

FormDesignerDefaultEditor::FormDesignerDefaultEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"defaultEditor"_s);
    m_text = new QLineEdit;
    m_text->setObjectName(u"defaultTextEdit"_s);
    m_text->setPlaceholderText(tr("None"));
    m_number = new FormDesignerNumberEdit;
    m_number->setObjectName(u"defaultNumberEdit"_s);
    m_combo = new QComboBox;
    m_combo->setObjectName(u"defaultCombo"_s);
    m_checks = new QListWidget;
    m_checks->setObjectName(u"defaultChoices"_s);
    m_checks->setMaximumHeight(90);
    m_date = new FormDesignerDateEdit;
    m_date->setObjectName(u"defaultDateEdit"_s);
    m_dateTime = new FormDesignerDateEdit(true);
    m_dateTime->setObjectName(u"defaultDateTimeEdit"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : {static_cast<QWidget *>(m_text), static_cast<QWidget *>(m_number),
                            static_cast<QWidget *>(m_combo), static_cast<QWidget *>(m_checks),
                            static_cast<QWidget *>(m_date), static_cast<QWidget *>(m_dateTime)})
        layout->addWidget(widget);

    const auto report = [this] {
        emit edited(value());
    };
    connect(m_text, &QLineEdit::textEdited, this, report);
    connect(m_number, &FormDesignerNumberEdit::valueEdited, this, report);
    connect(m_number, &FormDesignerNumberEdit::problemChanged, this,
            &FormDesignerDefaultEditor::problemChanged);
    connect(m_combo, &QComboBox::activated, this, report);
    connect(m_checks, &QListWidget::itemChanged, this, report);
    connect(m_date, &FormDesignerDateEdit::edited, this, report);
    connect(m_dateTime, &FormDesignerDateEdit::edited, this, report);
}

bool FormDesignerDefaultEditor::applies(Type type)
{
    return FormField::members(type).contains(u"default"_s);
}

void FormDesignerDefaultEditor::setField(const FormField &field)
{
    m_type = field.type;
    const QJsonValue &value = field.defaultValue;
    switch (field.type) {
    case Type::Number:
        m_number->setValue(value.isDouble() ? std::optional(value.toDouble()) : std::nullopt);
        return showOnly(m_number);
    case Type::Choice:
    case Type::YesNo:
        fillCombo(field);
        return showOnly(m_combo);
    case Type::MultiChoice:
        fillChecks(field);
        return showOnly(m_checks);
    case Type::Date:
        m_date->setDate(QDate::fromString(value.toString(), Qt::ISODate));
        return showOnly(m_date);
    case Type::DateTime:
        m_dateTime->setDateTime(QDateTime::fromString(value.toString(), Qt::ISODate));
        return showOnly(m_dateTime);
    default:
        if (m_text->text() != value.toString())
            m_text->setText(value.toString());
        return showOnly(m_text);
    }
}

QJsonValue FormDesignerDefaultEditor::value() const
{
    switch (m_type) {
    case Type::Number:
        return m_number->value() ? QJsonValue(*m_number->value()) : QJsonValue::Undefined;
    case Type::Choice:
    case Type::YesNo:
        return m_combo->currentData().isValid() ? QJsonValue::fromVariant(m_combo->currentData())
                                                : QJsonValue::Undefined;
    case Type::MultiChoice: {
        QJsonArray values;
        for (int row = 0; row < m_checks->count(); ++row) {
            if (m_checks->item(row)->checkState() == Qt::Checked)
                values.append(m_checks->item(row)->data(Qt::UserRole).toString());
        }
        return values.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(values);
    }
    case Type::Date:
        return noneIfEmpty(m_date->date().toString(Qt::ISODate));
    case Type::DateTime: {
        const QDateTime moment = m_dateTime->dateTime();
        return noneIfEmpty(
            moment.isValid() ? moment.toOffsetFromUtc(moment.offsetFromUtc()).toString(Qt::ISODate)
                             : QString());
    }
    default:
        return noneIfEmpty(m_text->text());
    }
}

void FormDesignerDefaultEditor::showOnly(QWidget *widget)
{
    for (QWidget *each : findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        each->setVisible(each == widget);
    setFocusProxy(widget);
}

void FormDesignerDefaultEditor::fillCombo(const FormField &field)
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("None"));
    if (field.type == Type::YesNo) {
        m_combo->addItem(tr("Yes"), true);
        m_combo->addItem(tr("No"), false);
    } else {
        for (const FormField::Choice &choice : field.choices)
            m_combo->addItem(choice.label, choice.value);
    }
    const int index =
        field.defaultValue.isUndefined() ? 0 : m_combo->findData(field.defaultValue.toVariant());
    m_combo->setCurrentIndex(qMax(0, index));
}

void FormDesignerDefaultEditor::fillChecks(const FormField &field)
{
    const QSignalBlocker blocker(m_checks);
    const QJsonArray chosen = field.defaultValue.toArray();
    m_checks->clear();
    for (const FormField::Choice &choice : field.choices) {
        auto *item = new QListWidgetItem(choice.label, m_checks);
        item->setData(Qt::UserRole, choice.value);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(choice.value) ? Qt::Checked : Qt::Unchecked);
    }
}
