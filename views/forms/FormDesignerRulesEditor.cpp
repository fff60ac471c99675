#include "FormDesignerRulesEditor.h"

#include "FormDesignerDateEdit.h"
#include "FormDesignerFormLayout.h"
#include "FormDesignerNumberEdit.h"
#include "forms/FormAnswerCheck.h"
#include "forms/FormAttachmentCheck.h"
#include "forms/FormFieldReader.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace {

using Type = FormField::Type;
constexpr qint64 mebibyte = 1024 * 1024;

template <typename T> T *named(T *widget, const QString &name)
{
    widget->setObjectName(name);
    return widget;
}

// 0 shows as "None" and means no rule.
QSpinBox *optionalSpin(const QString &name, int maximum, const QString &noneText)
{
    auto *spin = named(new QSpinBox, name);
    spin->setRange(0, maximum);
    spin->setSpecialValueText(noneText);
    return spin;
}

// ".PDF, png;jpg" gives pdf, png, jpg.
QStringList extensionsOf(const QString &text)
{
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    QStringList extensions;
    for (QString word : text.split(separators, Qt::SkipEmptyParts)) {
        word = word.toLower();
        while (word.startsWith(u'.'))
            word.remove(0, 1);
        if (!word.isEmpty() && !extensions.contains(word))
            extensions.append(word);
    }
    return extensions;
}

std::optional<int> optionalInt(int value)
{
    return value > 0 ? std::optional(value) : std::nullopt;
}

} // namespace

FormDesignerRulesEditor::FormDesignerRulesEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"rulesEditor"_s);
    m_form = new FormDesignerFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    createNumberRules();
    createTextRules();
    createDateRules();
    createFileRules();
}

void FormDesignerRulesEditor::createNumberRules()
{
    m_integer = named(new QCheckBox(tr("Whole numbers only")), u"integerCheck"_s);
    m_minimum = named(new FormDesignerNumberEdit, u"minimumEdit"_s);
    m_maximum = named(new FormDesignerNumberEdit, u"maximumEdit"_s);
    m_form->addRow(QString(), m_integer);
    m_form->addRow(tr("Smallest number:"), m_minimum);
    m_form->addRow(tr("Largest number:"), m_maximum);

    connect(m_integer, &QCheckBox::toggled, this,
            [this](bool on) { change(u"integer"_s, [on](FormField &f) { f.integer = on; }); });
    connect(m_minimum, &FormDesignerNumberEdit::valueEdited, this,
            [this](auto value) { change(u"min"_s, [value](FormField &f) { f.minimum = value; }); });
    connect(m_maximum, &FormDesignerNumberEdit::valueEdited, this,
            [this](auto value) { change(u"max"_s, [value](FormField &f) { f.maximum = value; }); });
    for (FormDesignerNumberEdit *edit : {m_minimum, m_maximum})
        connect(edit, &FormDesignerNumberEdit::problemChanged, this,
                &FormDesignerRulesEditor::problemChanged);
}

void FormDesignerRulesEditor::createTextRules()
{
    m_pattern = named(new QLineEdit, u"patternEdit"_s);
    m_pattern->setPlaceholderText(tr("A regular expression for the whole answer"));
    m_patternMessage = named(new QLineEdit, u"patternMessageEdit"_s);
    m_patternMessage->setPlaceholderText(tr("Shown when the answer does not match"));
    m_minLength = optionalSpin(u"minLengthSpin"_s, FormAnswerCheck::maxTextLength, tr("None"));
    m_maxLength = optionalSpin(u"maxLengthSpin"_s, FormAnswerCheck::maxTextLength, tr("None"));
    m_form->addRow(tr("Pattern:"), m_pattern);
    m_form->addRow(tr("Pattern message:"), m_patternMessage);
    m_form->addRow(tr("Shortest length:"), m_minLength, FormDesignerFormLayout::Row::Compact);
    m_form->addRow(tr("Longest length:"), m_maxLength, FormDesignerFormLayout::Row::Compact);

    connect(m_pattern, &QLineEdit::textEdited, this, [this](const QString &text) {
        change(u"pattern"_s, [text](FormField &f) { f.pattern = text; });
    });
    connect(m_patternMessage, &QLineEdit::textEdited, this, [this](const QString &text) {
        change(u"patternMessage"_s, [text](FormField &f) { f.patternMessage = text; });
    });
    connect(m_minLength, &QSpinBox::valueChanged, this, [this](int value) {
        change(u"minLength"_s, [value](FormField &f) { f.minLength = optionalInt(value); });
    });
    connect(m_maxLength, &QSpinBox::valueChanged, this, [this](int value) {
        change(u"maxLength"_s, [value](FormField &f) { f.maxLength = optionalInt(value); });
    });
}

void FormDesignerRulesEditor::createDateRules()
{
    m_dateMin = named(new FormDesignerDateEdit, u"dateMinEdit"_s);
    m_dateMax = named(new FormDesignerDateEdit, u"dateMaxEdit"_s);
    m_notInPast = named(new QCheckBox(tr("Not in the past")), u"notInPastCheck"_s);
    m_minDaysAhead = optionalSpin(u"minDaysAheadSpin"_s, FormFieldReader::maxDaysAhead, tr("None"));
    m_minDaysAhead->setToolTip(tr("How many days from today the date must be at least"));
    m_form->addRow(tr("Earliest date:"), m_dateMin);
    m_form->addRow(tr("Latest date:"), m_dateMax);
    m_form->addRow(QString(), m_notInPast);
    m_form->addRow(tr("Days of notice:"), m_minDaysAhead, FormDesignerFormLayout::Row::Compact);

    connect(m_dateMin, &FormDesignerDateEdit::edited, this, [this] {
        change(u"dateMin"_s, [date = m_dateMin->date()](FormField &f) { f.dateMin = date; });
    });
    connect(m_dateMax, &FormDesignerDateEdit::edited, this, [this] {
        change(u"dateMax"_s, [date = m_dateMax->date()](FormField &f) { f.dateMax = date; });
    });
    connect(m_notInPast, &QCheckBox::toggled, this,
            [this](bool on) { change(u"notInPast"_s, [on](FormField &f) { f.notInPast = on; }); });
    connect(m_minDaysAhead, &QSpinBox::valueChanged, this, [this](int days) {
        change(u"minDaysAhead"_s, [days](FormField &f) { f.minDaysAhead = days; });
    });
}

void FormDesignerRulesEditor::createFileRules()
{
    m_extensions = named(new QLineEdit, u"extensionsEdit"_s);
    m_extensions->setPlaceholderText(tr("Any; for example: pdf, png, jpg"));
    const int cap = int(FormAttachmentCheck::maxStoredFileSize / mebibyte);
    m_maxSize = optionalSpin(u"maxSizeSpin"_s, cap, tr("%1 MiB (the storage limit)").arg(cap));
    m_maxSize->setSuffix(tr(" MiB"));
    m_form->addRow(tr("Allowed extensions:"), m_extensions);
    m_form->addRow(tr("Largest file:"), m_maxSize, FormDesignerFormLayout::Row::Compact);

    connect(m_extensions, &QLineEdit::textEdited, this, [this](const QString &text) {
        change(u"extensions"_s, [list = extensionsOf(text)](FormField &f) { f.extensions = list; });
    });
    connect(m_maxSize, &QSpinBox::valueChanged, this, [this](int mebibytes) {
        change(u"maxSizeBytes"_s,
               [mebibytes](FormField &f) { f.maxSizeBytes = qint64(mebibytes) * mebibyte; });
    });
}

bool FormDesignerRulesEditor::applies(Type type)
{
    return FormField::members(type).contains(u"min"_s) ||
           FormField::members(type).contains(u"pattern"_s) ||
           FormField::members(type).contains(u"dateMin"_s) ||
           FormField::members(type).contains(u"extensions"_s);
}

void FormDesignerRulesEditor::setField(const FormField &field)
{
    m_field = field;
    m_updating = true;

    m_integer->setChecked(field.integer);
    m_minimum->setValue(field.minimum);
    m_maximum->setValue(field.maximum);
    if (m_pattern->text() != field.pattern)
        m_pattern->setText(field.pattern);
    if (m_patternMessage->text() != field.patternMessage)
        m_patternMessage->setText(field.patternMessage);
    m_minLength->setValue(field.minLength.value_or(0));
    m_maxLength->setValue(field.maxLength.value_or(0));
    m_dateMin->setDate(field.dateMin);
    m_dateMax->setDate(field.dateMax);
    m_notInPast->setChecked(field.notInPast);
    m_minDaysAhead->setValue(field.minDaysAhead);
    if (extensionsOf(m_extensions->text()) != field.extensions)
        m_extensions->setText(field.extensions.join(u", "_s));
    // Rounded up: a limit of 1.5 MiB read from a schema shows as 2.
    m_maxSize->setValue(int((field.maxSizeBytes + mebibyte - 1) / mebibyte));
    m_updating = false;
    showRows(field.type);
}

void FormDesignerRulesEditor::showRows(Type type)
{
    const QStringList &members = FormField::members(type);
    for (QWidget *number : {static_cast<QWidget *>(m_integer), static_cast<QWidget *>(m_minimum),
                            static_cast<QWidget *>(m_maximum)})
        m_form->setRowShown(number, members.contains(u"min"_s));
    for (QWidget *text :
         {static_cast<QWidget *>(m_pattern), static_cast<QWidget *>(m_patternMessage),
          static_cast<QWidget *>(m_minLength), static_cast<QWidget *>(m_maxLength)})
        m_form->setRowShown(text, members.contains(u"pattern"_s));
    for (QWidget *date :
         {static_cast<QWidget *>(m_dateMin), static_cast<QWidget *>(m_dateMax),
          static_cast<QWidget *>(m_notInPast), static_cast<QWidget *>(m_minDaysAhead)})
        m_form->setRowShown(date, members.contains(u"dateMin"_s));
    for (QWidget *file : {static_cast<QWidget *>(m_extensions), static_cast<QWidget *>(m_maxSize)})
        m_form->setRowShown(file, members.contains(u"extensions"_s));
}

void FormDesignerRulesEditor::change(const QString &property,
                                     const std::function<void(FormField &)> &apply)
{
    if (m_updating)
        return;
    apply(m_field);
    emit edited(m_field, property);
}
