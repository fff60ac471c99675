#include "FormRenderer.h"

#include "FormFieldEditor.h"
#include "FormFieldWidget.h"
#include "FormFileEditor.h"
#include "FormPersonEditor.h"
#include "forms/FormValidator.h"

#include <QApplication>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <utility>

using namespace Qt::StringLiterals;

class FormRenderer::Private
{
public:
    explicit Private(FormRenderer *renderer)
        : q(renderer)
        , people(new QStandardItemModel(renderer))
    {}

    void build();
    void orderTabs();
    void collect(int index);
    void collectAll();
    void refresh();
    void edited(int index);
    void focusLeft(QWidget *old, QWidget *now);
    FormFieldWidget *fieldContaining(QWidget *widget) const;
    QDate today() const { return fixedToday.isValid() ? fixedToday : QDate::currentDate(); }

    FormRenderer *q;
    QStandardItemModel *people;
    FormSchema schema;
    QDate fixedToday;
    QWidget *body = nullptr;         // the fields; replaced whole by setSchema
    QList<FormFieldWidget *> fields; // by field index
    QJsonObject answers;
    FormValidation validation;
};

FormRenderer::FormRenderer(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this))
{
    setObjectName(u"formRenderer"_s);
    new QVBoxLayout(this); // the style's margins: the caller may change them
    d->build();
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *old, QWidget *now) { d->focusLeft(old, now); });
}

FormRenderer::~FormRenderer() = default;

void FormRenderer::setPeople(const QList<Person> &people)
{
    FormPersonEditor::fillModel(d->people, people);
    d->collectAll();
    d->refresh();
}

void FormRenderer::setToday(QDate today)
{
    d->fixedToday = today;
    d->refresh();
}

void FormRenderer::setSchema(const FormSchema &schema)
{
    d->schema = schema;
    d->build();
}

const FormSchema &FormRenderer::schema() const
{
    return d->schema;
}

void FormRenderer::setAnswers(const QJsonObject &answers)
{
    for (FormFieldWidget *field : std::as_const(d->fields)) {
        if (FormFieldEditor *editor = field->editor())
            editor->setAnswer(answers.value(field->key()));
    }
    d->collectAll();
    d->refresh();
    emit answersChanged();
}

QJsonObject FormRenderer::answers() const
{
    return d->answers;
}

QList<FormUpload> FormRenderer::uploads() const
{
    QList<FormUpload> uploads;
    for (int index = 0; index < d->fields.size(); ++index) {
        auto *files = qobject_cast<FormFileEditor *>(d->fields.at(index)->editor());
        if (files && d->validation.visible.value(index))
            uploads << files->uploads();
    }
    return uploads;
}

const FormValidation &FormRenderer::validation() const
{
    return d->validation;
}

bool FormRenderer::showAllErrors()
{
    for (FormFieldWidget *field : std::as_const(d->fields))
        field->setTouched(true);
    if (d->validation.ok())
        return true;

    FormFieldWidget *first = d->fields.value(d->schema.indexOf(d->validation.errors.first().key));
    if (!first)
        return false;
    first->focusEditor();
    // The caller's scroll area, if any, brings the field into view.
    for (QWidget *parent = parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(parent)) {
            area->ensureWidgetVisible(first);
            break;
        }
    }
    return false;
}

QWidget *FormRenderer::fieldWidget(const QString &key) const
{
    const int index = d->schema.indexOf(key);
    return index < 0 ? nullptr : d->fields.value(index);
}

// Builds the fields in a new body, off screen, and shows it whole: one
// layout pass instead of one per field.
void FormRenderer::Private::build()
{
    // Forgotten first: the old widgets say nothing while they go.
    fields.clear();
    delete std::exchange(body, nullptr);
    body = new QWidget;
    body->setObjectName(u"formBody"_s);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(body->fontMetrics().height());

    const QList<FormField> &schemaFields = schema.fields();
    fields.reserve(schemaFields.size());
    for (int index = 0; index < schemaFields.size(); ++index) {
        auto *field = new FormFieldWidget(schemaFields.at(index), people, body);
        QObject::connect(field, &FormFieldWidget::edited, q, [this, index, field] {
            if (fields.value(index) == field)
                edited(index);
        });
        const QJsonValue &defaultValue = schemaFields.at(index).defaultValue;
        if (field->editor() && !defaultValue.isUndefined())
            field->editor()->setAnswer(defaultValue);
        layout->addWidget(field);
        fields << field;
    }
    layout->addStretch(1);

    collectAll();
    refresh();
    // A field a condition hides is made ready all the same, for the
    // keystroke that shows it to cost a layout and nothing more.
    for (FormFieldWidget *field : std::as_const(fields)) {
        if (field->isHidden())
            field->ensurePolished();
    }
    orderTabs();
    q->layout()->addWidget(body);
    // On screen at once, laid out, rather than at the next turn of the event
    // loop: a click right after setSchema() lands on the new fields.
    if (q->isVisible())
        body->show();
}

void FormRenderer::Private::orderTabs()
{
    QWidget *previous = nullptr;
    for (FormFieldWidget *field : std::as_const(fields)) {
        if (!field->editor())
            continue;
        for (QWidget *widget : field->editor()->focusWidgets()) {
            if (previous)
                QWidget::setTabOrder(previous, widget);
            previous = widget;
        }
    }
}

void FormRenderer::Private::collect(int index)
{
    const FormFieldEditor *editor = fields.at(index)->editor();
    const QJsonValue answer = editor ? editor->answer() : QJsonValue(QJsonValue::Undefined);
    const QString &key = fields.at(index)->key();
    if (answer.isUndefined())
        answers.remove(key);
    else
        answers.insert(key, answer);
}

void FormRenderer::Private::collectAll()
{
    answers = {};
    for (int index = 0; index < fields.size(); ++index)
        collect(index);
}

// One check of the answers, then only the widgets whose state changed.
void FormRenderer::Private::refresh()
{
    validation = FormValidator::validate(schema, answers, today());
    // Qt lays the whole form out again each time a field is shown: with the
    // layout off, the fields that a keystroke shows cost one layout in all.
    QLayout *layout = body->layout();
    layout->setEnabled(false);
    bool shownOrHidden = false;
    auto error = validation.errors.cbegin();
    for (int index = 0; index < fields.size(); ++index) {
        FormFieldWidget *field = fields.at(index);
        shownOrHidden |= field->setShown(validation.visible.at(index));
        // The errors come in form order: one walk finds each field's.
        QString message;
        if (error != validation.errors.cend() && error->key == field->key())
            message = (error++)->message;
        field->setError(message);
    }
    layout->setEnabled(true);
    if (shownOrHidden && body->isVisible())
        layout->activate();
}

void FormRenderer::Private::edited(int index)
{
    collect(index);
    refresh();
    emit q->answersChanged();
}

FormFieldWidget *FormRenderer::Private::fieldContaining(QWidget *widget) const
{
    for (; widget; widget = widget->parentWidget()) {
        if (widget->parentWidget() == body)
            return qobject_cast<FormFieldWidget *>(widget);
    }
    return nullptr;
}

// Leaving a field touches it, so that its message shows. Opening a popup
// (a calendar, a list) or another window is not leaving it.
void FormRenderer::Private::focusLeft(QWidget *old, QWidget *now)
{
    if (!old || !now || now->window() != old->window())
        return;
    FormFieldWidget *field = fieldContaining(old);
    if (!field)
        return;
    if (fieldContaining(now) != field)
        field->setTouched(true);
}
