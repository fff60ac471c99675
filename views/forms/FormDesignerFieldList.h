#pragma once

#include "forms/FormField.h"

#include <QListWidget>

// The fields of the form being designed, in form order: each with its label,
// its type, and marks for required and conditional fields. Rows are
// reordered by dragging them; the list reports the new order and leaves the
// change itself to the designer, which makes it undoable.
class FormDesignerFieldList : public QListWidget
{
    Q_OBJECT

public:
    explicit FormDesignerFieldList(QWidget *parent = nullptr);

    void setFields(const QList<FormField> &fields, int current);

    // The text of a row, as the list shows it.
    static QString rowText(const FormField &field);

signals:
    // order: the former index of each row, in the new order.
    void reordered(const QList<int> &order);
    void currentFieldChanged(int index);

private:
    void reportOrder();
};
