#include "MimeMessage.h"

#include <QLocale>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

bool isPlainAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

QByteArray wrapped(const QByteArray &base64)
{
    QByteArray lines;
    for (qsizetype i = 0; i < base64.size(); i += 76)
        lines += base64.mid(i, 76) + "\r\n";
    return lines;
}

} // namespace

QByteArray MimeMessage::encodeHeader(const QString &text)
{
    if (isPlainAscii(text))
        return text.toLatin1();
    // Encoded words are at most 75 characters: cut the text between
    // characters (never inside one), about 40 bytes of UTF-8 a word.
    QByteArray words;
    QString chunk;
    const auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!words.isEmpty())
            words += "\r\n ";
        words += "=?UTF-8?B?" + chunk.toUtf8().toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size();
        const QString character = pair ? text.mid(i, 2) : text.mid(i, 1);
        if ((chunk + character).toUtf8().size() > 40)
            flush();
        chunk += character;
        if (pair)
            ++i;
    }
    flush();
    return words;
}

QByteArray MimeMessage::mailbox(const QString &name, const QString &address)
{
    if (name.isEmpty())
        return '<' + address.toUtf8() + '>';
    QString quoted = name;
    quoted.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    const QByteArray shown =
        isPlainAscii(name) ? '"' + quoted.toLatin1() + '"' : encodeHeader(name);
    return shown + " <" + address.toUtf8() + '>';
}

QByteArray MimeMessage::toBytes() const
{
    const QString id = messageId.isEmpty()
                           ? QUuid::createUuid().toString(QUuid::WithoutBraces) + u"@kaliaops"_s
                           : messageId;
    // RFC 5322 dates are English whatever the locale.
    const QString when =
        QLocale::c().toString(date.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss"_s) + u" +0000"_s;
    QString text = body;
    text.replace(u"\r\n"_s, u"\n"_s).replace(u'\n', u"\r\n"_s);

    QByteArray message;
    message += "From: " + mailbox(fromName, fromAddress) + "\r\n";
    message += "To: " + mailbox(toName, toAddress) + "\r\n";
    message += "Subject: " + encodeHeader(subject) + "\r\n";
    message += "Date: " + when.toLatin1() + "\r\n";
    message += "Message-ID: <" + id.toUtf8() + ">\r\n";
    message += "MIME-Version: 1.0\r\n";
    message += "Content-Type: text/plain; charset=UTF-8\r\n";
    message += "Content-Transfer-Encoding: base64\r\n";
    message += "\r\n";
    message += wrapped(text.toUtf8().toBase64());
    return message;
}
