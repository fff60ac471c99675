#include "ServiceCardDelegate.h"

#include "common/IconLibrary.h"
#include "portal/ServiceCardModel.h"

#include <QListView>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int padding = 14;
constexpr int iconSize = 40;
constexpr int gap = 10;
constexpr int nameLines = 2;
constexpr int summaryLines = 3;
constexpr qreal radius = 8;

QFont nameFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 1.1);
    font.setWeight(QFont::DemiBold);
    return font;
}

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}

// The icon beside the name (up to two lines) and the category.
int headHeight(const QFont &font)
{
    return qMax(iconSize, QFontMetrics(nameFont(font)).lineSpacing() * nameLines +
                              QFontMetrics(smallFont(font)).lineSpacing());
}

int markHeight(const QFont &font)
{
    return QFontMetrics(smallFont(font)).height() + 6;
}

// The approval mark's row, then the commitment's line.
int footerHeight(const QFont &font)
{
    return markHeight(font) + 6 + QFontMetrics(smallFont(font)).lineSpacing();
}

// Draws text wrapped to the rectangle's width on at most maxLines lines, the
// last one cut with "…"; returns the height used.
int drawWrapped(QPainter *painter, const QRect &rect, const QString &text, const QFont &font,
                int maxLines)
{
    const QFontMetrics metrics(font);
    QTextLayout layout(text, font);
    layout.beginLayout();
    QStringList lines;
    for (int count = 0; count < maxLines; ++count) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        const QString rest = text.mid(line.textStart());
        lines << (count == maxLines - 1
                      ? metrics.elidedText(rest.simplified(), Qt::ElideRight, rect.width())
                      : text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();

    painter->setFont(font);
    int y = rect.top();
    for (const QString &line : std::as_const(lines)) {
        painter->drawText(QRect(rect.left(), y, rect.width(), metrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, line);
        y += metrics.lineSpacing();
    }
    return y - rect.top();
}

} // namespace

ServiceCardDelegate::ServiceCardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

int ServiceCardDelegate::cardHeight(const QFont &font)
{
    const int summary = QFontMetrics(font).lineSpacing() * summaryLines;
    return 2 * cellMargin + 2 * padding + headHeight(font) + gap + summary + gap +
           footerHeight(font);
}

QSize ServiceCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // A card fills its cell of the grid, when the view has one.
    const auto *view = qobject_cast<const QListView *>(option.widget);
    if (view && view->gridSize().isValid())
        return view->gridSize();
    return {minimumCardWidth, cardHeight(option.font)};
}

void ServiceCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect card = option.rect.adjusted(cellMargin, cellMargin, -cellMargin, -cellMargin);
    paintFrame(painter, option, card);
    const QRect inside = card.adjusted(padding, padding, -padding, -padding);
    const QPalette &palette = option.palette;

    // The icon, with the name and the category beside it.
    const QString icon = index.data(ServiceCardModel::IconNameRole).toString();
    painter->drawPixmap(
        QRect(inside.topLeft(), QSize(iconSize, iconSize)),
        IconLibrary::pixmap(icon, iconSize, painter->device()->devicePixelRatioF(), u"service"_s));
    const QRect titles = inside.adjusted(iconSize + gap, 0, 0, 0);
    painter->setPen(palette.color(QPalette::Text));
    const int nameHeight =
        drawWrapped(painter, titles, index.data().toString(), nameFont(option.font), nameLines);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    drawWrapped(painter, titles.adjusted(0, nameHeight, 0, 0),
                index.data(ServiceCardModel::CategoryNameRole).toString(), smallFont(option.font),
                1);

    // The start of the description under the head.
    painter->setPen(palette.color(QPalette::Text));
    drawWrapped(painter, inside.adjusted(0, headHeight(option.font) + gap, 0, 0),
                index.data(ServiceCardModel::SummaryRole).toString(), option.font, summaryLines);

    // At the bottom, the approval mark when needed, then the commitment.
    const int footerTop = inside.bottom() + 1 - footerHeight(option.font);
    if (index.data(ServiceCardModel::RequiresApprovalRole).toBool()) {
        paintApprovalMark(painter, option,
                          QRect(inside.left(), footerTop, inside.width(), markHeight(option.font)));
    }
    const int lineHeight = QFontMetrics(smallFont(option.font)).lineSpacing();
    painter->setPen(palette.color(QPalette::PlaceholderText));
    drawWrapped(painter,
                QRect(inside.left(), inside.bottom() + 1 - lineHeight, inside.width(), lineHeight),
                index.data(ServiceCardModel::CommitmentRole).toString(), smallFont(option.font), 1);
    painter->restore();
}

void ServiceCardDelegate::paintFrame(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QRect &card) const
{
    const QPalette &palette = option.palette;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool hovered = option.state.testFlag(QStyle::State_MouseOver);
    const bool focused = option.state.testFlag(QStyle::State_HasFocus);

    QPainterPath path;
    path.addRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    QColor fill = palette.color(QPalette::Base);
    if (selected)
        fill = palette.color(QPalette::Highlight).lighter(190);
    painter->fillPath(path, fill);
    const QColor border =
        selected || hovered ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid);
    painter->setPen(QPen(border, selected && focused ? 2.0 : 1.0));
    painter->drawPath(path);
}

// A small amber pill at the start of the row.
void ServiceCardDelegate::paintApprovalMark(QPainter *painter, const QStyleOptionViewItem &option,
                                            const QRect &row) const
{
    const QFont font = smallFont(option.font);
    const QString text = tr("Approval required");
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(text) + 16;
    const QRect pill(row.left(), row.top(), width, row.height());
    QPainterPath path;
    path.addRoundedRect(QRectF(pill), pill.height() / 2.0, pill.height() / 2.0);
    // Fixed colours, as MessageBar's: the same in light and dark themes.
    painter->fillPath(path, QColor(0xff, 0xf4, 0xc2));
    painter->setPen(QColor(0x4a, 0x3b, 0x00));
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, text);
}
