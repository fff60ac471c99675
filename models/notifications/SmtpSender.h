#pragma once

#include "MailSettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Sends one message through SMTP with libcurl. A failure says whether it
// is worth trying again: a server that cannot be reached or answers 4xx
// may do better later; a 5xx answer (an address refused) will not.
class SmtpSender
{
    Q_DECLARE_TR_FUNCTIONS(SmtpSender)

public:
    struct Outcome
    {
        bool sent = false;
        bool permanent = false;
        QString error;
    };

    explicit SmtpSender(MailSettings settings);

    Outcome send(const QString &recipient, const QByteArray &message) const;

    // Seconds before libcurl gives up connecting, and on the whole message.
    static constexpr long connectTimeout = 10;
    static constexpr long totalTimeout = 60;

private:
    MailSettings m_settings;
};
