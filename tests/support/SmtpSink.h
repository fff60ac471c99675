#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QTemporaryDir>

// A real SMTP server for tests (tests/support/smtp_sink.py, on Debian's
// python3-aiosmtpd), listening on a free loopback port. The messages it
// receives are parsed back by Python's email package.
class SmtpSink
{
public:
    SmtpSink();
    ~SmtpSink();

    // Starts listening on port() (the same port after a stop()); false
    // with a warning when the server does not start.
    bool start();
    void stop();
    int port() const { return m_port; }

    // Every message received so far: mail_from, rcpt_tos, from, to,
    // subject, content_type, charset and body, decoded.
    QList<QJsonObject> messages() const;

private:
    static int freePort();

    QTemporaryDir m_folder;
    QProcess m_process;
    int m_port = 0;
};
