#include "IconLibrary.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace {

// Sizes rendered up front; QIcon scales the nearest one for any other.
constexpr int iconSizes[] = {16, 22, 24, 32, 48, 64, 96, 128, 192, 256};

QString resourcePath(const QString &name)
{
    return u":/icons/%1.svg"_s.arg(name);
}

QHash<QString, QIcon> &cache()
{
    static QHash<QString, QIcon> icons;
    return icons;
}

} // namespace

bool IconLibrary::contains(const QString &name)
{
    return !name.isEmpty() && QFile::exists(resourcePath(name));
}

QIcon IconLibrary::icon(const QString &name, const QString &fallback)
{
    if (contains(name))
        return load(name);
    if (contains(fallback))
        return load(fallback);
    return badge(name.isEmpty() ? fallback : name);
}

QPixmap IconLibrary::pixmap(const QString &name, int size, qreal devicePixelRatio,
                            const QString &fallback)
{
    return icon(name, fallback).pixmap(QSize(size, size), devicePixelRatio);
}

QIcon IconLibrary::load(const QString &name)
{
    if (const auto found = cache().constFind(name); found != cache().constEnd())
        return *found;

    // Rendered here rather than through the SVG icon-engine plugin, which a
    // system may lack; the renderer itself is linked in.
    QSvgRenderer renderer(resourcePath(name));
    QIcon icon;
    for (const int size : iconSizes) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache().insert(name, icon);
    return icon;
}

QIcon IconLibrary::badge(const QString &name)
{
    const QString key = u"badge:"_s + name;
    if (const auto found = cache().constFind(key); found != cache().constEnd())
        return *found;

    // A rounded square with the name's first letter, in the palette's accent.
    const QColor colour = QGuiApplication::palette().color(QPalette::Highlight);
    const QString letter = name.isEmpty() ? u"?"_s : name.left(1).toUpper();
    QIcon icon;
    for (const int size : iconSizes) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        const QRectF frame(size * 0.08, size * 0.08, size * 0.84, size * 0.84);
        painter.drawRoundedRect(frame, size * 0.18, size * 0.18);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(qMax(8, int(size * 0.5)));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(frame, Qt::AlignCenter, letter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache().insert(key, icon);
    return icon;
}
