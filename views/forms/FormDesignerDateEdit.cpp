#include "FormDesignerDateEdit.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

FormDesignerDateEdit::FormDesignerDateEdit(bool withTime, QWidget *parent)
    : QWidget(parent)
{
    m_check = new QCheckBox;
    m_check->setToolTip(tr("Check to set a date; uncheck for none"));
    m_edit = new QDateTimeEdit(QDate::currentDate().startOfDay());
    m_edit->setDisplayFormat(displayFormat(withTime));
    m_edit->setCalendarPopup(true);
    m_edit->setEnabled(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit);
    layout->addStretch(1);

    connect(m_check, &QCheckBox::toggled, this, [this](bool checked) {
        m_edit->setEnabled(checked);
        emit edited();
    });
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &FormDesignerDateEdit::edited);
}

void FormDesignerDateEdit::setDateTime(const QDateTime &dateTime)
{
    const QSignalBlocker checkBlocker(m_check);
    const QSignalBlocker editBlocker(m_edit);
    m_check->setChecked(dateTime.isValid());
    m_edit->setEnabled(dateTime.isValid());
    if (dateTime.isValid())
        m_edit->setDateTime(dateTime);
}

QDateTime FormDesignerDateEdit::dateTime() const
{
    return m_check->isChecked() ? m_edit->dateTime() : QDateTime();
}

QString FormDesignerDateEdit::displayFormat(bool withTime)
{
    const QLocale locale;
    QString format = withTime ? locale.dateTimeFormat(QLocale::ShortFormat)
                              : locale.dateFormat(QLocale::ShortFormat);
    // "yy" alone would read 26 as 1926.
    static const QRegularExpression shortYear(u"(?<!y)yy(?!y)"_s);
    return format.replace(shortYear, u"yyyy"_s);
}
