#include "SlaMarkDelegate.h"

#include "requests/RequestRowsModel.h"
#include "sla/SlaBadge.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int markSize = 10;
constexpr int markGap = 6;
} // namespace

void SlaMarkDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const auto state = SlaState::fromKey(index.data(RequestRowsModel::SlaStateRole).toString());
    QStyleOptionViewItem textOption = option;
    textOption.rect.adjust(markSize + 2 * markGap, 0, 0, 0);
    // The row's background under the mark too, selected or alternate.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);
    QStyledItemDelegate::paint(painter, textOption, index);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(SlaBadge::colorFor(state.value_or(SlaState::Value::None)));
    const QRect mark(option.rect.left() + markGap, option.rect.center().y() - markSize / 2 + 1,
                     markSize, markSize);
    painter->drawEllipse(mark);
    painter->restore();
}

QSize SlaMarkDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index) + QSize(markSize + 2 * markGap, 0);
}
