#pragma once

#include "people/Person.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QPushButton;

// Chooses whom the program acts for in single-seat mode: the active people,
// filtered as you type (name or login, accents ignored), each with their
// roles. Not a security boundary: the docs say so.
class PersonChooserDialog : public QDialog
{
    Q_OBJECT

public:
    PersonChooserDialog(const QList<Person> &people, qint64 currentId, QWidget *parent = nullptr);

    // The chosen person; id 0 before one is chosen.
    Person person() const;

private:
    void filter(const QString &text);
    void updateButtons();

    QList<Person> m_people;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_ok = nullptr;
};
