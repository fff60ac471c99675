#pragma once

#include "requests/RequestTimeline.h"

#include <QWidget>

class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

// A request's timeline with its comments, oldest first, and a reply box
// under it. It writes nothing itself: Send emits replyRequested() for the
// owner to post, and clearReply() empties the box once it is posted.
class RequestActivityView : public QWidget
{
    Q_OBJECT

public:
    explicit RequestActivityView(QWidget *parent = nullptr);

    void setEntries(const QList<RequestTimeline::Entry> &entries);
    // The timeline as plain text, one entry a paragraph, for tests.
    QString plainText() const;
    void clearReply();
    void setReplyEnabled(bool enabled);

signals:
    void replyRequested(const QString &text);

private:
    static QString entryHtml(const RequestTimeline::Entry &entry);
    void updateSendButton();

    QTextBrowser *m_timeline = nullptr;
    QPlainTextEdit *m_reply = nullptr;
    QPushButton *m_send = nullptr;
};
