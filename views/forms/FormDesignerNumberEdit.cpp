#include "FormDesignerNumberEdit.h"

#include <QLocale>

using namespace Qt::StringLiterals;

FormDesignerNumberEdit::FormDesignerNumberEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("None"));
    connect(this, &QLineEdit::textEdited, this, &FormDesignerNumberEdit::textWasEdited);
}

void FormDesignerNumberEdit::setValue(std::optional<double> value)
{
    if (m_acceptable && value == m_value)
        return;
    m_value = value;
    setText(value ? QLocale().toString(*value, 'g', 15) : QString());
    markAcceptable(true);
}

std::optional<double> FormDesignerNumberEdit::parse(const QString &text, bool *ok)
{
    *ok = true;
    if (text.trimmed().isEmpty())
        return std::nullopt;
    const double number = QLocale().toDouble(text.trimmed(), ok);
    if (*ok)
        return number;
    const double plain = QLocale::c().toDouble(text.trimmed(), ok);
    return *ok ? std::optional<double>(plain) : std::nullopt;
}

void FormDesignerNumberEdit::textWasEdited(const QString &text)
{
    bool ok = false;
    const std::optional<double> number = parse(text, &ok);
    markAcceptable(ok);
    if (!ok)
        return;
    m_value = number;
    emit valueEdited(number);
}

void FormDesignerNumberEdit::markAcceptable(bool acceptable)
{
    m_acceptable = acceptable;
    m_problem =
        acceptable
            ? QString()
            : tr("\"%1\" is not a number: type one, or nothing for none.").arg(text().trimmed());
    setToolTip(m_problem);
    setStyleSheet(acceptable ? QString() : u"QLineEdit { border: 1px solid #c83535; }"_s);
    emit problemChanged(m_problem);
}
