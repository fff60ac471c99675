#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// A plain-text e-mail as RFC 5322 and MIME want it: UTF-8 everywhere,
// non-ASCII headers as RFC 2047 encoded words, the body in base64 lines of
// 76 characters, so that accents survive every relay.
class MimeMessage
{
public:
    QString fromName;
    QString fromAddress;
    QString toName;
    QString toAddress;
    QString subject;
    QString body;
    QDateTime date = QDateTime::currentDateTimeUtc();
    QString messageId; // without angle brackets; made up when empty

    QByteArray toBytes() const;

    // "=?UTF-8?B?...?=" words for text that is not plain ASCII.
    static QByteArray encodeHeader(const QString &text);
    // "Name <address>", the name encoded when needed.
    static QByteArray mailbox(const QString &name, const QString &address);
};
