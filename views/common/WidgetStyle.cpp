#include "WidgetStyle.h"

#include <QWidget>

void WidgetStyle::mute(QWidget *widget)
{
    widget->setForegroundRole(QPalette::PlaceholderText);
}

void WidgetStyle::scaleFont(QWidget *widget, qreal factor, QFont::Weight weight)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setWeight(weight);
    widget->setFont(font);
}

void WidgetStyle::setTone(QWidget *widget, Tone tone)
{
    // Mid tones, readable on light and dark palettes alike.
    static const QColor success(0x2e, 0x8b, 0x47);
    static const QColor failure(0xc8, 0x35, 0x35);

    widget->setForegroundRole(QPalette::WindowText);
    if (tone == Tone::Normal) {
        widget->setPalette(QPalette()); // inherit the parent's again
        return;
    }
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, tone == Tone::Success ? success : failure);
    widget->setPalette(palette);
}
