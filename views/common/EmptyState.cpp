#include "EmptyState.h"

#include "IconLibrary.h"
#include "WidgetStyle.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int iconSize = 96;
constexpr int textWidth = 440;
} // namespace

EmptyState::EmptyState(const QString &iconName, QWidget *parent)
    : QWidget(parent)
{
    auto *icon = new QLabel;
    icon->setPixmap(IconLibrary::pixmap(iconName, iconSize, devicePixelRatioF()));
    icon->setAlignment(Qt::AlignCenter);
    icon->setEnabled(false); // greyed: the icon decorates, the text speaks

    m_title = new QLabel;
    m_title->setObjectName(u"emptyStateTitle"_s);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    WidgetStyle::scaleFont(m_title, 1.3, QFont::DemiBold);

    m_detail = new QLabel;
    m_detail->setObjectName(u"emptyStateDetail"_s);
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    WidgetStyle::mute(m_detail);

    // Buttons side by side, centred between two stretches.
    m_actions = new QHBoxLayout;
    m_actions->setContentsMargins(0, 12, 0, 0);
    m_actions->addStretch();
    m_actions->addStretch();

    // A column of limited width, centred by stretches rather than by
    // alignment, so that the wrapped labels get the height they need.
    auto *column = new QWidget;
    column->setMaximumWidth(textWidth);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(8);
    columnLayout->addWidget(icon);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_title);
    columnLayout->addWidget(m_detail);
    columnLayout->addLayout(m_actions);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 28, 28, 28);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

void EmptyState::setMessage(const QString &title, const QString &detail)
{
    m_title->setText(title);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::detail() const
{
    return m_detail->text();
}

void EmptyState::addAction(QWidget *widget)
{
    m_actions->insertWidget(m_actions->count() - 1, widget);
}
