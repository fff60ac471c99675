#pragma once

#include <QString>

// How notifications leave by e-mail: the SMTP server, its security and
// account, and the sender address. Empty host: mail is not configured, and
// notifications stay in the program's list only.
struct MailSettings
{
    enum class Security
    {
        None,
        StartTls, // plain connection upgraded with STARTTLS, refused if the server cannot
        Tls       // TLS from the first byte (SMTPS, usually port 465)
    };

    QString host;
    int port = 25;
    Security security = Security::StartTls;
    QString user;
    QString password;
    QString senderAddress;
    QString senderName = QStringLiteral("KaliaOps");

    bool isConfigured() const { return !host.trimmed().isEmpty() && !senderAddress.isEmpty(); }
    // "smtp://host:port" or "smtps://host:port", as libcurl reads it.
    QString url() const
    {
        const QString scheme =
            security == Security::Tls ? QStringLiteral("smtps") : QStringLiteral("smtp");
        return scheme + QStringLiteral("://") + host.trimmed() + u':' + QString::number(port);
    }
};
