#pragma once

#include <QGridLayout>

class QLabel;

// Rows of a label and a field, like QFormLayout, whose rows hide cleanly:
// in Qt 6.4 QFormLayout writes past its buffers when its last rows are
// hidden and a word-wrapped label asks for height-for-width.
class FormDesignerFormLayout : public QGridLayout
{
public:
    enum class Row
    {
        Wide,    // the field fills the row
        Compact, // a spin box or a date: as wide as it needs
        Tall     // several lines: the label stands at its top
    };

    explicit FormDesignerFormLayout(QWidget *parent = nullptr);

    // An empty label leaves the label column blank; the label's & shortcut
    // reaches the field.
    QLabel *addRow(const QString &label, QWidget *field, Row row = Row::Wide);
    // A field across both columns.
    void addRow(QWidget *field);
    void setRowShown(QWidget *field, bool shown);
    QLabel *labelFor(QWidget *field) const;
};
