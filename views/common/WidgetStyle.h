#pragma once

#include <QFont>

class QWidget;

// Small typographic touches shared by the views, so that every screen uses
// the same muted text, heading sizes and message colours.
namespace WidgetStyle {

enum class Tone
{
    Normal,
    Success,
    Failure
};

// Secondary text: labels of fields, subtitles, hints.
void mute(QWidget *widget);
// Headings: the widget's font scaled by factor, with the given weight.
void scaleFont(QWidget *widget, qreal factor, QFont::Weight weight);
// Green for what worked, red for what failed; Normal restores the palette.
void setTone(QWidget *widget, Tone tone);

} // namespace WidgetStyle
