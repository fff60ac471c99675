#include "FormWrappedLabel.h"

#include <QEvent>

FormWrappedLabel::FormWrappedLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
}

void FormWrappedLabel::setText(const QString &text)
{
    forget();
    QLabel::setText(text);
}

int FormWrappedLabel::heightForWidth(int width) const
{
    for (const Height &known : m_heights) {
        if (known.width == width)
            return known.height;
    }
    const int height = QLabel::heightForWidth(width);
    m_heights[m_next] = {width, height};
    m_next = (m_next + 1) % int(std::size(m_heights));
    return height;
}

void FormWrappedLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
    case QEvent::LayoutDirectionChange:
        forget();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

void FormWrappedLabel::forget()
{
    for (Height &known : m_heights)
        known = {};
}
