#pragma once

#include <QStyledItemDelegate>

// A due date in a request list with the SLA mark of SlaBadge before it: a
// dot in the state's colour, read from RequestRowsModel::SlaStateRole.
class SlaMarkDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
