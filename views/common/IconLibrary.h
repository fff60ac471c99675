#pragma once

#include <QIcon>
#include <QString>

// The program's icons, drawn from the SVG files under :/icons/NAME.svg. An
// unknown name falls back to another icon, and when even that is missing, to
// a drawn badge, so that a view never shows an empty gap.
class IconLibrary
{
public:
    static QIcon icon(const QString &name, const QString &fallback = QString());
    static QPixmap pixmap(const QString &name, int size, qreal devicePixelRatio,
                          const QString &fallback = QString());
    static bool contains(const QString &name);

private:
    static QIcon load(const QString &name);
    static QIcon badge(const QString &name);
};
