#include "MarkdownEdit.h"

#include <QAction>
#include <QHBoxLayout>
#include <QTextEdit>
#include <QTextList>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QToolButton *formatButton(const QString &text, const QString &toolTip, const QString &style)
{
    auto *button = new QToolButton;
    button->setText(text);
    button->setToolTip(toolTip);
    button->setStyleSheet(style);
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

} // namespace

MarkdownEdit::MarkdownEdit(QWidget *parent)
    : QWidget(parent)
{
    m_text = new QTextEdit;
    m_text->setAcceptRichText(true);
    m_text->setTabChangesFocus(true);

    auto *bold = formatButton(tr("B", "bold button"), tr("Bold (Ctrl+B)"), u"font-weight: bold;"_s);
    auto *italic =
        formatButton(tr("I", "italic button"), tr("Italic (Ctrl+I)"), u"font-style: italic;"_s);
    auto *bullets = formatButton(u"•"_s, tr("Bulleted list"), QString());
    connect(bold, &QToolButton::clicked, this, &MarkdownEdit::toggleBold);
    connect(italic, &QToolButton::clicked, this,
            [this] { m_text->setFontItalic(!m_text->fontItalic()); });
    connect(bullets, &QToolButton::clicked, this,
            [this] { m_text->textCursor().createList(QTextListFormat::ListDisc); });

    // The usual shortcuts, while the text has the focus.
    auto *boldKey = new QAction(this);
    boldKey->setShortcut(QKeySequence::Bold);
    boldKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(boldKey, &QAction::triggered, this, &MarkdownEdit::toggleBold);
    auto *italicKey = new QAction(this);
    italicKey->setShortcut(QKeySequence::Italic);
    italicKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(italicKey, &QAction::triggered, italic, &QToolButton::click);
    addActions({boldKey, italicKey});

    auto *tools = new QHBoxLayout;
    tools->setSpacing(2);
    tools->addWidget(bold);
    tools->addWidget(italic);
    tools->addWidget(bullets);
    tools->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(tools);
    layout->addWidget(m_text);

    connect(m_text, &QTextEdit::textChanged, this, &MarkdownEdit::changed);
}

void MarkdownEdit::toggleBold()
{
    m_text->setFontWeight(m_text->fontWeight() > QFont::Normal ? QFont::Normal : QFont::Bold);
}

QString MarkdownEdit::markdown() const
{
    if (m_text->toPlainText().trimmed().isEmpty())
        return {};
    return m_text->toMarkdown().trimmed();
}

void MarkdownEdit::setMarkdown(const QString &markdown)
{
    m_text->setMarkdown(markdown);
}
