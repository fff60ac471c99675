#pragma once

#include "forms/FormSchema.h"
#include "forms/FormUpload.h"
#include "forms/FormValidation.h"
#include "people/Person.h"

#include <QDate>
#include <QJsonObject>
#include <QWidget>
#include <memory>

// Builds the widgets of a request form from its schema and keeps them in
// step with FormValidator: fields appear and disappear as conditions change,
// and each field shows its message under it as soon as the requester has
// touched it (every message after showAllErrors(), as on submit). The tab
// order follows the form's order, visible fields only.
class FormRenderer : public QWidget
{
    Q_OBJECT

public:
    explicit FormRenderer(QWidget *parent = nullptr);
    ~FormRenderer() override;

    // People offered by person fields; set before or after the schema.
    void setPeople(const QList<Person> &people);
    // The day "not in the past" and "N days ahead" count from; tests fix it.
    void setToday(QDate today);
    // Rebuilds the widgets, filled with the fields' default values.
    void setSchema(const FormSchema &schema);
    const FormSchema &schema() const;

    // Fills the widgets (a draft being restored); unknown keys are ignored.
    void setAnswers(const QJsonObject &answers);
    // What the widgets hold now, keyed by field key, hidden fields
    // included; FormValidator decides what is kept.
    QJsonObject answers() const;
    // The files attached to visible file fields, matching answers().
    QList<FormUpload> uploads() const;

    // The last check of answers(), run at every change.
    const FormValidation &validation() const;
    // Shows the message of every field in error, touched or not, moves the
    // focus to the first of them, and says whether the form is valid.
    bool showAllErrors();

    // The widget a field is shown with (its label, editor and message), for
    // tests and the designer's preview; nullptr for an unknown key.
    QWidget *fieldWidget(const QString &key) const;

signals:
    // After every edit, once conditions and messages are up to date.
    void answersChanged();

private:
    class Private;
    std::unique_ptr<Private> d;
};
