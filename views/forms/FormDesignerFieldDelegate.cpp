#include "FormDesignerFieldDelegate.h"

#include <QApplication>
#include <QPainter>

namespace {

constexpr int padding = 5;

} // namespace

QFont FormDesignerFieldDelegate::detailFont(const QFont &font)
{
    QFont smaller = font;
    smaller.setPointSizeF(font.pointSizeF() * 0.88);
    return smaller;
}

void FormDesignerFieldDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    // The option's text has its line breaks made into separators.
    const QString text = index.data(Qt::DisplayRole).toString();
    background.text.clear();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QColor main = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = main;
    muted.setAlphaF(selected ? 0.85 : 0.6);

    const QRect area = option.rect.adjusted(padding + 2, padding, -padding, -padding);
    const QString label = text.section(u'\n', 0, 0);
    const QString details = text.section(u'\n', 1);
    painter->save();
    painter->setFont(option.font);
    painter->setPen(main);
    const QFontMetrics labelMetrics(option.font);
    painter->drawText(area.topLeft() + QPoint(0, labelMetrics.ascent()),
                      labelMetrics.elidedText(label, Qt::ElideRight, area.width()));
    const QFont small = detailFont(option.font);
    const QFontMetrics detailMetrics(small);
    painter->setFont(small);
    painter->setPen(muted);
    painter->drawText(area.topLeft() +
                          QPoint(0, labelMetrics.height() + 1 + detailMetrics.ascent()),
                      detailMetrics.elidedText(details, Qt::ElideRight, area.width()));
    painter->restore();
}

QSize FormDesignerFieldDelegate::sizeHint(const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    Q_UNUSED(index)
    const int height = QFontMetrics(option.font).height() + 1 +
                       QFontMetrics(detailFont(option.font)).height() + 2 * padding;
    return {option.rect.width(), height};
}
