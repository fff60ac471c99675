#include "FormDesignerFieldEditor.h"

#include "FormChoicesEditor.h"
#include "FormConditionEditor.h"
#include "FormDesignerDefaultEditor.h"
#include "FormDesignerFormLayout.h"
#include "FormDesignerRulesEditor.h"
#include "common/WidgetStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

using Type = FormField::Type;

template <typename T> T *named(T *widget, const QString &name)
{
    widget->setObjectName(name);
    return widget;
}

QPlainTextEdit *textBox(const QString &name, int lines)
{
    auto *edit = named(new QPlainTextEdit, name);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

void setTextIfOther(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

void setTextIfOther(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

} // namespace

FormDesignerFieldEditor::FormDesignerFieldEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"fieldEditor"_s);
    auto *empty = new QLabel(tr("Select a field to edit it, or add one."));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    WidgetStyle::mute(empty);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(createPage());

    m_pages = new QStackedWidget;
    m_pages->addWidget(empty);
    m_pages->addWidget(scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    connectGeneral();
}

QWidget *FormDesignerFieldEditor::createPage()
{
    m_heading = named(new QLabel, u"fieldHeading"_s);
    WidgetStyle::scaleFont(m_heading, 1.2, QFont::DemiBold);
    m_inputProblem = named(new QLabel, u"inputProblem"_s);
    m_inputProblem->setWordWrap(true);
    WidgetStyle::setTone(m_inputProblem, WidgetStyle::Tone::Failure);
    m_inputProblem->hide();

    m_rulesGroup = new QGroupBox(tr("Rules"));
    m_rules = new FormDesignerRulesEditor;
    (new QVBoxLayout(m_rulesGroup))->addWidget(m_rules);
    auto *conditionGroup = new QGroupBox(tr("Visibility"));
    m_condition = new FormConditionEditor;
    (new QVBoxLayout(conditionGroup))->addWidget(m_condition);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_heading);
    layout->addWidget(m_inputProblem);
    layout->addWidget(createGeneral());
    layout->addWidget(createChoices());
    layout->addWidget(m_rulesGroup);
    layout->addWidget(conditionGroup);
    layout->addStretch(1);
    return page;
}

QWidget *FormDesignerFieldEditor::createGeneral()
{
    m_label = named(new QLineEdit, u"labelEdit"_s);
    m_label->setPlaceholderText(tr("The question the requester reads"));
    m_key = named(new QLineEdit, u"keyEdit"_s);
    m_keyNote = named(new QLabel, u"keyNote"_s);
    m_keyNote->setWordWrap(true);
    WidgetStyle::mute(m_keyNote);
    m_help = textBox(u"helpEdit"_s, 2);
    m_help->setPlaceholderText(tr("Shown under the field to help the requester"));
    m_placeholder = named(new QLineEdit, u"placeholderEdit"_s);
    m_placeholder->setPlaceholderText(tr("Shown in the empty field"));
    m_sectionText = textBox(u"sectionTextEdit"_s, 4);
    m_required =
        named(new QCheckBox(tr("Required: the requester must answer")), u"requiredCheck"_s);
    m_default = new FormDesignerDefaultEditor;

    auto *general = new QWidget;
    m_form = new FormDesignerFormLayout(general);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("&Label:"), m_label);
    m_form->addRow(tr("Key:"), m_key);
    m_form->addRow(QString(), m_keyNote);
    m_form->addRow(tr("&Help:"), m_help, FormDesignerFormLayout::Row::Tall);
    m_form->addRow(tr("&Placeholder:"), m_placeholder);
    m_form->addRow(tr("&Text:"), m_sectionText, FormDesignerFormLayout::Row::Tall);
    m_form->addRow(QString(), m_required);
    m_form->addRow(tr("&Default:"), m_default);
    return general;
}

QGroupBox *FormDesignerFieldEditor::createChoices()
{
    m_choices = new FormChoicesEditor;
    m_display = named(new QComboBox, u"displayCombo"_s);
    m_display->addItem(tr("Drop-down list"), int(FormField::ChoiceDisplay::Dropdown));
    m_display->addItem(tr("Radio buttons"), int(FormField::ChoiceDisplay::Radio));

    m_choicesGroup = new QGroupBox(tr("Choices"));
    m_choicesForm = new FormDesignerFormLayout(m_choicesGroup);
    m_choicesForm->addRow(m_choices);
    m_choicesForm->addRow(tr("Shown &as:"), m_display);
    return m_choicesGroup;
}

void FormDesignerFieldEditor::connectGeneral()
{
    connect(m_label, &QLineEdit::textEdited, this, [this](const QString &text) {
        change(u"label"_s, [text](FormField &f) { f.label = text; });
    });
    connect(m_key, &QLineEdit::textEdited, this, &FormDesignerFieldEditor::keyEdited);
    connect(m_help, &QPlainTextEdit::textChanged, this, [this] {
        change(u"help"_s, [text = m_help->toPlainText()](FormField &f) { f.help = text; });
    });
    connect(m_placeholder, &QLineEdit::textEdited, this, [this](const QString &text) {
        change(u"placeholder"_s, [text](FormField &f) { f.placeholder = text; });
    });
    connect(m_sectionText, &QPlainTextEdit::textChanged, this, [this] {
        change(u"text"_s, [text = m_sectionText->toPlainText()](FormField &f) { f.text = text; });
    });
    connect(m_required, &QCheckBox::toggled, this,
            [this](bool on) { change(u"required"_s, [on](FormField &f) { f.required = on; }); });
    connect(m_default, &FormDesignerDefaultEditor::edited, this, [this](const QJsonValue &value) {
        change(u"default"_s, [value](FormField &f) { f.defaultValue = value; });
    });
    connect(m_choices, &FormChoicesEditor::choicesEdited, this, [this](const auto &choices) {
        change(u"choices"_s, [choices](FormField &f) { f.choices = choices; });
    });
    connect(m_display, &QComboBox::activated, this, [this] {
        const auto display = FormField::ChoiceDisplay(m_display->currentData().toInt());
        change(u"display"_s, [display](FormField &f) { f.display = display; });
    });
    connect(m_rules, &FormDesignerRulesEditor::edited, this,
            [this](const FormField &field, const QString &property) {
                change(property, [&field](FormField &f) { f = field; });
            });
    connect(m_condition, &FormConditionEditor::edited, this, [this](const QString &property) {
        change(property, [this](FormField &f) { f.visibleWhen = m_condition->condition(); });
    });
    connect(m_rules, &FormDesignerRulesEditor::problemChanged, this,
            &FormDesignerFieldEditor::showInputProblem);
    connect(m_default, &FormDesignerDefaultEditor::problemChanged, this,
            &FormDesignerFieldEditor::showInputProblem);
}

void FormDesignerFieldEditor::setPeople(const QList<Person> &people)
{
    m_condition->setPeople(people);
}

void FormDesignerFieldEditor::setField(const QList<FormField> &fields, int index, bool isNew)
{
    m_pages->setCurrentIndex(index < 0 ? 0 : 1);
    if (index < 0 || index >= fields.size())
        return;
    if (fields.at(index).key != m_field.key || fields.at(index).type != m_field.type)
        m_inputProblem->hide();
    m_field = fields.at(index);
    m_updating = true;
    fillGeneral(isNew);
    m_choices->setChoices(m_field.choices);
    m_display->setCurrentIndex(m_display->findData(int(m_field.display)));
    m_rules->setField(m_field);
    QList<FormField> candidates;
    for (int i = 0; i < fields.size(); ++i) {
        if (i != index && fields.at(i).hasAnswer())
            candidates.append(fields.at(i));
    }
    m_condition->setCondition(m_field.visibleWhen, candidates);
    m_updating = false;
    showRows();
}

void FormDesignerFieldEditor::fillGeneral(bool isNew)
{
    m_heading->setText(FormField::typeText(m_field.type));
    setTextIfOther(m_label, m_field.label);
    setTextIfOther(m_key, m_field.key);
    m_key->setReadOnly(!isNew);
    m_keyNote->setText(isNew ? tr("Made from the label, unless you type one. Answers are "
                                  "stored under this key: it stays once the form is saved.")
                             : tr("Answers are stored under this key: it stays the same when "
                                  "the label changes."));
    setTextIfOther(m_help, m_field.help);
    setTextIfOther(m_placeholder, m_field.placeholder);
    setTextIfOther(m_sectionText, m_field.text);
    m_required->setChecked(m_field.required);
    m_default->setField(m_field);
}

void FormDesignerFieldEditor::showRows()
{
    const QStringList &members = FormField::members(m_field.type);
    const bool section = m_field.type == Type::Section;
    if (QLabel *label = m_form->labelFor(m_label))
        label->setText(section ? tr("&Heading:") : tr("&Label:"));
    m_form->setRowShown(m_help, members.contains(u"help"_s));
    m_form->setRowShown(m_placeholder, members.contains(u"placeholder"_s));
    m_form->setRowShown(m_sectionText, members.contains(u"text"_s));
    m_form->setRowShown(m_required, members.contains(u"required"_s));
    m_form->setRowShown(m_default, FormDesignerDefaultEditor::applies(m_field.type));
    m_choicesGroup->setVisible(m_field.hasChoices());
    m_choicesForm->setRowShown(m_display, members.contains(u"display"_s));
    m_rulesGroup->setVisible(FormDesignerRulesEditor::applies(m_field.type));
}

void FormDesignerFieldEditor::change(const QString &property,
                                     const std::function<void(FormField &)> &apply)
{
    if (m_updating)
        return;
    apply(m_field);
    emit edited(m_field, property);
}

void FormDesignerFieldEditor::keyEdited(const QString &key)
{
    // Stored answers under that key mean something else.
    if (m_publishedKeys.contains(key))
        return showInputProblem(tr("The key \"%1\" is taken: this form has used it before, "
                                   "and answers stored under it mean something else.")
                                    .arg(key));
    showInputProblem({});
    change(u"key"_s, [key](FormField &f) { f.key = key; });
}

void FormDesignerFieldEditor::showInputProblem(const QString &problem)
{
    m_inputProblem->setText(problem);
    m_inputProblem->setVisible(!problem.isEmpty());
}

void FormDesignerFieldEditor::focusLabel()
{
    m_label->setFocus();
    m_label->selectAll();
}
