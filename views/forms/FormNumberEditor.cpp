#include "FormNumberEditor.h"

#include <QBoxLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Keeps letters out while letting any half-typed number through; whether it
// is a number is FormValidator's to say, with a message. A whole number takes
// no decimal separator.
QRegularExpression numberCharacters(bool integer, const QLocale &locale)
{
    QString signs = u"+\\-"_s + QRegularExpression::escape(locale.negativeSign());
    QString pattern = u"\\s*[%1]?[\\d\\s]*"_s.arg(signs);
    // A point or a comma, whatever the locale: parse() says which is a number.
    if (!integer)
        pattern +=
            u"(?:[\\.,%1][\\d\\s]*)?"_s.arg(QRegularExpression::escape(locale.decimalPoint()));
    return QRegularExpression(pattern);
}

QString withoutSpaces(QString text)
{
    text.removeIf([](QChar c) { return c.isSpace(); });
    return text;
}

} // namespace

FormNumberEditor::FormNumberEditor(const FormField &field, QWidget *parent)
    : FormFieldEditor(field, parent)
    , m_edit(new QLineEdit(this))
{
    m_edit->setObjectName(editorName());
    m_edit->setPlaceholderText(field.placeholder);
    m_edit->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    m_edit->setValidator(
        new QRegularExpressionValidator(numberCharacters(field.integer, locale()), m_edit));
    // Wide enough for a long number, not for a sentence.
    m_edit->setMaximumWidth(m_edit->fontMetrics().horizontalAdvance(u'0') * 24);
    auto *layout = rowLayout();
    layout->addWidget(m_edit);
    layout->addStretch(1);
    connect(m_edit, &QLineEdit::textEdited, this, &FormFieldEditor::edited);
}

std::optional<double> FormNumberEditor::parse(const QString &text, const QLocale &locale)
{
    const QString bare = withoutSpaces(text);
    bool ok = false;
    QLocale strict = locale;
    strict.setNumberOptions(QLocale::RejectGroupSeparator);
    double number = strict.toDouble(bare, &ok);
    if (!ok) {
        QLocale c = QLocale::c();
        c.setNumberOptions(QLocale::RejectGroupSeparator);
        number = c.toDouble(bare, &ok);
    }
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

QString FormNumberEditor::format(double number, const QLocale &locale)
{
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    return plain.toString(number, 'f', QLocale::FloatingPointShortest);
}

QJsonValue FormNumberEditor::answer() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return QJsonValue::Undefined;
    if (const auto number = parse(text, locale()))
        return *number;
    return text;
}

void FormNumberEditor::setAnswer(const QJsonValue &answer)
{
    m_edit->setText(answer.isDouble() ? format(answer.toDouble(), locale()) : answer.toString());
}

QList<QWidget *> FormNumberEditor::focusWidgets() const
{
    return {m_edit};
}
