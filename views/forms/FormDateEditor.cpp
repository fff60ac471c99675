#include "FormDateEditor.h"

#include "FormDateEdit.h"

#include <QBoxLayout>
#include <QToolButton>

using namespace Qt::StringLiterals;

FormDateEditor::FormDateEditor(const FormField &field, QWidget *parent)
    : FormFieldEditor(field, parent)
    , m_edit(new FormDateEdit(field.type == FormField::Type::DateTime, this))
    , m_clear(new QToolButton(this))
{
    m_edit->setObjectName(editorName());
    if (!field.placeholder.isEmpty())
        m_edit->setSpecialValueText(field.placeholder);
    m_clear->setObjectName(u"clear_"_s + field.key);
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Remove the date"));
    m_clear->setFocusPolicy(Qt::StrongFocus);
    m_clear->setAutoRaise(true);

    auto *layout = rowLayout();
    layout->addWidget(m_edit);
    layout->addWidget(m_clear);
    layout->addStretch(1);
    updateClear();

    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        updateClear();
        if (!m_filling)
            emit edited();
    });
    connect(m_clear, &QToolButton::clicked, this, [this] {
        m_edit->clear();
        m_edit->setFocus(Qt::OtherFocusReason);
    });
}

void FormDateEditor::updateClear()
{
    // Disabled rather than hidden: the row keeps its width as dates come
    // and go.
    m_clear->setEnabled(!m_edit->isEmpty());
}

QString FormDateEditor::isoText(const QDateTime &local)
{
    const int offset = local.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return local.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + (offset < 0 ? u'-' : u'+') +
           u"%1:%2"_s.arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0'));
}

QJsonValue FormDateEditor::answer() const
{
    if (m_edit->isEmpty())
        return QJsonValue::Undefined;
    if (field().type == FormField::Type::Date)
        return m_edit->date().toString(Qt::ISODate);
    return isoText(m_edit->dateTime());
}

void FormDateEditor::setAnswer(const QJsonValue &answer)
{
    const QString text = answer.toString();
    m_filling = true;
    if (field().type == FormField::Type::Date) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        date.isValid() ? m_edit->setDate(date) : m_edit->clear();
    } else {
        const QDateTime dateTime = QDateTime::fromString(text, Qt::ISODate);
        dateTime.isValid() ? m_edit->setDateTime(dateTime.toLocalTime()) : m_edit->clear();
    }
    m_filling = false;
    updateClear();
}

QList<QWidget *> FormDateEditor::focusWidgets() const
{
    return {m_edit, m_clear};
}
