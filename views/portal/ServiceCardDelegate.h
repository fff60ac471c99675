#pragma once

#include <QStyledItemDelegate>

// Paints a ServiceCardModel row as a card: the icon, the name and its
// category, the start of the description, the commitment, and a mark when
// the request needs approval. Every card has the same size.
class ServiceCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ServiceCardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The height of a card, margins included, in this font.
    static int cardHeight(const QFont &font);
    // The empty space around a card, inside its cell of the grid.
    static constexpr int cellMargin = 6;
    static constexpr int minimumCardWidth = 270;

private:
    void paintFrame(QPainter *painter, const QStyleOptionViewItem &option, const QRect &card) const;
    void paintApprovalMark(QPainter *painter, const QStyleOptionViewItem &option,
                           const QRect &row) const;
};
