#include "FormDesignerFormLayout.h"

#include <QLabel>

FormDesignerFormLayout::FormDesignerFormLayout(QWidget *parent)
    : QGridLayout(parent)
{
    setColumnStretch(1, 1);
}

QLabel *FormDesignerFormLayout::addRow(const QString &label, QWidget *field, Row row)
{
    const int at = rowCount();
    auto *text = new QLabel(label);
    text->setBuddy(field);
    if (row == Row::Tall) {
        // Level with the first line of the field.
        text->setContentsMargins(0, 4, 0, 0);
        addWidget(text, at, 0, Qt::AlignLeft | Qt::AlignTop);
    } else {
        addWidget(text, at, 0, Qt::AlignLeft | Qt::AlignVCenter);
    }
    addWidget(field, at, 1, row == Row::Compact ? Qt::AlignLeft : Qt::Alignment());
    return text;
}

void FormDesignerFormLayout::addRow(QWidget *field)
{
    addWidget(field, rowCount(), 0, 1, 2);
}

void FormDesignerFormLayout::setRowShown(QWidget *field, bool shown)
{
    if (QLabel *label = labelFor(field))
        label->setVisible(shown);
    field->setVisible(shown);
}

QLabel *FormDesignerFormLayout::labelFor(QWidget *field) const
{
    const int index = indexOf(field);
    if (index < 0)
        return nullptr;
    int row = 0;
    int column = 0;
    int rowSpan = 0;
    int columnSpan = 0;
    getItemPosition(index, &row, &column, &rowSpan, &columnSpan);
    QLayoutItem *label = column == 1 ? itemAtPosition(row, 0) : nullptr;
    return label ? qobject_cast<QLabel *>(label->widget()) : nullptr;
}
