#pragma once

#include <QWidget>

class QTextEdit;

// A small rich text editor that reads and writes Markdown: bold, italics and
// bulleted lists from a row of buttons (or Ctrl+B / Ctrl+I), for descriptions
// that the portal and the detail panels render.
class MarkdownEdit : public QWidget
{
    Q_OBJECT

public:
    explicit MarkdownEdit(QWidget *parent = nullptr);

    // Empty when the text is blank.
    QString markdown() const;
    void setMarkdown(const QString &markdown);
    QTextEdit *textEdit() const { return m_text; }

signals:
    void changed();

private:
    void toggleBold();

    QTextEdit *m_text = nullptr;
};
