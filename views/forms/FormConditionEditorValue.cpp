#include "FormConditionEditorValue.h"

#include "FormDesignerDateEdit.h"
#include "FormDesignerNumberEdit.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

using Type = FormField::Type;

bool usesCombo(Type type)
{
    return type == Type::Choice || type == Type::MultiChoice || type == Type::YesNo ||
           type == Type::Person;
}

bool usesDate(Type type)
{
    return type == Type::Date || type == Type::DateTime;
}

// Anything but a number stays text: the problem list says that a number is
// expected.
QJsonValue numberOrText(const QString &text)
{
    bool ok = false;
    const std::optional<double> number = FormDesignerNumberEdit::parse(text, &ok);
    return ok && number ? QJsonValue(*number) : QJsonValue(text);
}

} // namespace

FormConditionEditorValue::FormConditionEditorValue(QWidget *parent)
    : QWidget(parent)
{
    m_text = new QLineEdit;
    m_text->setObjectName(u"conditionValueText"_s);
    m_text->setPlaceholderText(tr("Value"));
    m_combo = new QComboBox;
    m_combo->setObjectName(u"conditionValueCombo"_s);
    m_date = new QDateTimeEdit;
    m_date->setObjectName(u"conditionValueDate"_s);
    m_date->setCalendarPopup(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : {static_cast<QWidget *>(m_text), static_cast<QWidget *>(m_combo),
                            static_cast<QWidget *>(m_date)})
        layout->addWidget(widget);
    showOnly(m_text);

    connect(m_text, &QLineEdit::textEdited, this, &FormConditionEditorValue::edited);
    connect(m_combo, &QComboBox::activated, this, &FormConditionEditorValue::edited);
    connect(m_date, &QDateTimeEdit::dateTimeChanged, this, &FormConditionEditorValue::edited);
}

void FormConditionEditorValue::setTarget(const FormField *target, const QList<Person> &people,
                                         const QJsonValue &value)
{
    const QSignalBlocker textBlocker(m_text);
    const QSignalBlocker comboBlocker(m_combo);
    const QSignalBlocker dateBlocker(m_date);
    m_type = target ? target->type : Type::Text;

    if (usesCombo(m_type)) {
        fillCombo(target, people);
        int index = m_combo->findData(value.toVariant());
        if (index < 0 && !value.isUndefined() && !value.isNull()) {
            // A value the field no longer offers: shown, so that it can be fixed.
            m_combo->addItem(tr("%1 (no longer offered)").arg(value.toVariant().toString()),
                             value.toVariant());
            index = m_combo->count() - 1;
        }
        m_combo->setCurrentIndex(qMax(0, index));
        showOnly(m_combo);
    } else if (usesDate(m_type)) {
        const bool withTime = m_type == Type::DateTime;
        m_date->setDisplayFormat(FormDesignerDateEdit::displayFormat(withTime));
        const QDateTime given = withTime
                                    ? QDateTime::fromString(value.toString(), Qt::ISODate)
                                    : QDate::fromString(value.toString(), Qt::ISODate).startOfDay();
        m_date->setDateTime(given.isValid() ? given : QDate::currentDate().startOfDay());
        showOnly(m_date);
    } else {
        const QString text =
            value.isDouble() ? QLocale().toString(value.toDouble(), 'g', 15) : value.toString();
        if (text != m_text->text())
            m_text->setText(text);
        showOnly(m_text);
    }
}

QJsonValue FormConditionEditorValue::value() const
{
    if (usesCombo(m_type))
        return QJsonValue::fromVariant(m_combo->currentData());
    if (m_type == Type::Date)
        return m_date->date().toString(Qt::ISODate);
    if (m_type == Type::DateTime)
        return m_date->dateTime()
            .toOffsetFromUtc(m_date->dateTime().offsetFromUtc())
            .toString(Qt::ISODate);
    if (m_type == Type::Number)
        return numberOrText(m_text->text());
    return m_text->text();
}

void FormConditionEditorValue::showOnly(QWidget *widget)
{
    for (QWidget *each : {static_cast<QWidget *>(m_text), static_cast<QWidget *>(m_combo),
                          static_cast<QWidget *>(m_date)})
        each->setVisible(each == widget);
    setFocusProxy(widget);
}

void FormConditionEditorValue::fillCombo(const FormField *target, const QList<Person> &people)
{
    m_combo->clear();
    if (m_type == Type::YesNo) {
        m_combo->addItem(tr("Yes"), true);
        m_combo->addItem(tr("No"), false);
    } else if (m_type == Type::Person) {
        for (const Person &person : people)
            m_combo->addItem(person.displayName, person.id);
    } else {
        for (const FormField::Choice &choice : target->choices)
            m_combo->addItem(choice.label, choice.value);
    }
}
