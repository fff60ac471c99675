#pragma once

#include "FormFieldEditor.h"
#include "people/Person.h"

class QAbstractItemModel;
class QComboBox;
class QStandardItemModel;

// Person fields: a list of people that narrows as one types part of a name
// or login. The answer is the chosen person's id; a text that names nobody
// stays text, for FormValidator to say it is no person from the directory.
class FormPersonEditor : public FormFieldEditor
{
    Q_OBJECT

public:
    // people: one row per person, "Name (login)", the id in Qt::UserRole;
    // shared by every person field of the form.
    FormPersonEditor(const FormField &field, QAbstractItemModel *people, QWidget *parent = nullptr);

    // The people the editors offer: the active ones, sorted by name.
    static void fillModel(QStandardItemModel *model, const QList<Person> &people);

    QJsonValue answer() const override;
    void setAnswer(const QJsonValue &answer) override;
    QList<QWidget *> focusWidgets() const override;

private:
    void resolve(const QString &text);
    void showPerson();

    QComboBox *m_combo = nullptr;
    qint64 m_id = 0;
    bool m_filling = false;
};
