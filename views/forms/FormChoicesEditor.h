#pragma once

#include "forms/FormField.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

// The choices of a choice field: a table of labels (what the requester
// reads) and values (what the answer holds), with buttons to add, remove
// and reorder them. A value follows its label until it is edited by hand.
class FormChoicesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FormChoicesEditor(QWidget *parent = nullptr);

    void setChoices(const QList<FormField::Choice> &choices);
    QList<FormField::Choice> choices() const;

signals:
    void choicesEdited(const QList<FormField::Choice> &choices);

private:
    void addChoice();
    void removeChoice();
    void moveChoice(int step);
    void cellEdited(int row, int column);
    void fill(const QList<FormField::Choice> &choices, int current);
    void updateButtons();
    QStringList valuesBut(int row) const;

    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QString m_labelBeforeEdit;
};
