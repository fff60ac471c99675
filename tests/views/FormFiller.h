#pragma once

#include "people/Person.h"

#include <QDate>
#include <QScrollArea>
#include <QStringList>

class FormRenderer;
class FormSchema;

// A form rendered as the portal shows it (in a scroll area, in an active
// window), filled in as a person does: typing, choosing in lists, clicking
// buttons. For the renderer's tests.
class FormFiller
{
public:
    FormFiller(const FormSchema &schema, const QList<Person> &people, QDate today);

    FormRenderer *const form;

    // editor_<key>; nullptr when there is none.
    QWidget *editor(const QString &key) const;
    // The message a person reads under the field; empty when none shows.
    QString message(const QString &key) const;

    // Gives the answer as a person does: types into a text or a number
    // (over what it held) or a date (cleared first), chooses the item of a
    // list, picks the person whose name holds the input, clicks the buttons
    // named "A|B", or attaches the file of that path.
    void enter(const QString &key, const QString &input);
    // Steps "key=input", in order.
    void enterAll(const QStringList &steps);

private:
    void typeDate(const QString &key, const QString &iso);
    static void choose(class QComboBox *combo, const QString &text);
    static void pickPerson(QComboBox *combo, const QString &part);
    static void clickButtons(QWidget *editor, const QString &texts);

    QScrollArea m_area;
};
