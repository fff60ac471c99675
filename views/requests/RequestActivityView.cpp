#include "RequestActivityView.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int replyHeight = 64;
} // namespace

RequestActivityView::RequestActivityView(QWidget *parent)
    : QWidget(parent)
    , m_timeline(new QTextBrowser)
    , m_reply(new QPlainTextEdit)
    , m_send(new QPushButton(tr("Send")))
{
    setObjectName(u"requestActivity"_s);
    m_timeline->setObjectName(u"timeline"_s);
    m_timeline->setOpenLinks(false);
    m_reply->setObjectName(u"replyEdit"_s);
    m_reply->setPlaceholderText(tr("Write to the people working on the request"));
    m_reply->setFixedHeight(replyHeight);
    m_reply->setTabChangesFocus(true);
    m_send->setObjectName(u"sendReplyButton"_s);
    m_send->setToolTip(tr("Send the comment: everyone working on the request reads it."));

    auto *replyRow = new QHBoxLayout;
    replyRow->addWidget(m_reply, 1);
    replyRow->addWidget(m_send, 0, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_timeline, 1);
    layout->addLayout(replyRow);

    connect(m_reply, &QPlainTextEdit::textChanged, this, &RequestActivityView::updateSendButton);
    connect(m_send, &QPushButton::clicked, this,
            [this] { emit replyRequested(m_reply->toPlainText().trimmed()); });
    updateSendButton();
}

void RequestActivityView::setEntries(const QList<RequestTimeline::Entry> &entries)
{
    QString html;
    for (const RequestTimeline::Entry &entry : entries)
        html += entryHtml(entry);
    m_timeline->setHtml(html);
    // The latest news is at the bottom.
    m_timeline->verticalScrollBar()->setValue(m_timeline->verticalScrollBar()->maximum());
}

QString RequestActivityView::entryHtml(const RequestTimeline::Entry &entry)
{
    const QString when =
        QLocale().toString(entry.when.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped();
    const QString who = entry.who.isEmpty() ? tr("KaliaOps") : entry.who;
    const QString internal =
        entry.internal ? u" <span style=\"color:#a05a00\">(%1)</span>"_s.arg(tr("internal"))
                       : QString();
    const QString head = u"<span style=\"color:#707070\">%1</span>&nbsp;&nbsp;<b>%2</b>%3"_s.arg(
        when, who.toHtmlEscaped(), internal);
    const QString text = entry.text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
    if (entry.kind != RequestTimeline::Kind::Comment)
        return u"<p>%1<br>%2</p>"_s.arg(head, text);
    // A comment stands out from the steps, as a quoted block.
    const QString colour = entry.internal ? u"#fff4dc"_s : u"#eef3fa"_s;
    return u"<p>%1</p><table width=\"100%\" cellpadding=\"8\">"
           "<tr><td bgcolor=\"%2\">%3</td></tr></table>"_s.arg(head, colour, text);
}

QString RequestActivityView::plainText() const
{
    return m_timeline->toPlainText();
}

void RequestActivityView::clearReply()
{
    m_reply->clear();
}

void RequestActivityView::setReplyEnabled(bool enabled)
{
    m_reply->setEnabled(enabled);
    updateSendButton();
}

void RequestActivityView::updateSendButton()
{
    m_send->setEnabled(m_reply->isEnabled() && !m_reply->toPlainText().trimmed().isEmpty());
}
