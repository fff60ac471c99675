#include "MessageBar.h"

using namespace Qt::StringLiterals;

MessageBar::MessageBar(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text)
{
    if (text.isEmpty()) {
        clearMessage();
        return;
    }
    m_kind = kind;
    // Fixed colours: the bar must read the same in light and dark themes.
    setStyleSheet(kind == Kind::Warning
                      ? u"QLabel { background: #fff4c2; color: #4a3b00; border: 1px solid #e0c200;"
                        " border-radius: 4px; padding: 6px; }"_s
                      : u"QLabel { background: #fde2e1; color: #6b0f0c; border: 1px solid #e0908c;"
                        " border-radius: 4px; padding: 6px; }"_s);
    setText(text);
    show();
}

void MessageBar::clearMessage()
{
    clear();
    hide();
}
