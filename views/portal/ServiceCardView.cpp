#include "ServiceCardView.h"

#include "ServiceCardDelegate.h"
#include "portal/ServiceCardModel.h"

#include <QEvent>
#include <QScrollBar>

using namespace Qt::StringLiterals;

ServiceCardView::ServiceCardView(QWidget *parent)
    : QListView(parent)
{
    setItemDelegate(new ServiceCardDelegate(this));
    setViewMode(QListView::IconMode);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(true);
    // Thousands of search results lay out a batch at a time.
    setLayoutMode(QListView::Batched);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setDragEnabled(false);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_Hover);
    viewport()->setCursor(Qt::PointingHandCursor);
    // Cards lie on the window colour; each card paints its own base.
    viewport()->setBackgroundRole(QPalette::Window);

    // Enter and double clicks come as activated(); a single click as well.
    connect(this, &QAbstractItemView::activated, this, &ServiceCardView::open);
    connect(this, &QAbstractItemView::clicked, this, &ServiceCardView::open);
    updateGrid();
}

bool ServiceCardView::focusFirstCard()
{
    if (!model() || model()->rowCount() == 0)
        return false;
    if (!currentIndex().isValid())
        setCurrentIndex(model()->index(0, 0));
    setFocus(Qt::OtherFocusReason);
    return true;
}

void ServiceCardView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    updateGrid();
}

void ServiceCardView::changeEvent(QEvent *event)
{
    QListView::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateGrid();
}

void ServiceCardView::updateGrid()
{
    // The scroll bar is always there, so the width does not jump with it.
    const int width = viewport()->width() - 1;
    const int columns = qMax(1, width / ServiceCardDelegate::minimumCardWidth);
    const QSize grid(qMax(ServiceCardDelegate::minimumCardWidth, width / columns),
                     ServiceCardDelegate::cardHeight(font()));
    if (grid != gridSize())
        setGridSize(grid);
}

void ServiceCardView::open(const QModelIndex &index)
{
    if (index.isValid())
        emit serviceOpened(index.data(ServiceCardModel::IdRole).toLongLong());
}
