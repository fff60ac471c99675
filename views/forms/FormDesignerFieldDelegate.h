#pragma once

#include <QStyledItemDelegate>

// Draws a row of the designer's field list, "label\ndetails", as the label
// over its details (type, required, conditional) in smaller, muted text.
class FormDesignerFieldDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static QFont detailFont(const QFont &font);
};
