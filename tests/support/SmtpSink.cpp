#include "SmtpSink.h"

#include <QFile>
#include <QJsonDocument>
#include <QTcpServer>

using namespace Qt::StringLiterals;

SmtpSink::SmtpSink()
    : m_port(freePort())
{}

SmtpSink::~SmtpSink()
{
    stop();
}

int SmtpSink::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool SmtpSink::start()
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(u"/usr/bin/python3"_s,
                    {QStringLiteral(KALIAOPS_SMTP_SINK), QString::number(m_port),
                     m_folder.filePath(u"messages.jsonl"_s)});
    if (!m_process.waitForStarted(10000)) {
        qWarning("the SMTP sink did not start: %s", qPrintable(m_process.errorString()));
        return false;
    }
    QByteArray output;
    while (!output.contains("ready")) {
        if (!m_process.waitForReadyRead(20000)) {
            qWarning("the SMTP sink did not get ready on port %d", m_port);
            return false;
        }
        output += m_process.readAllStandardOutput();
    }
    return true;
}

void SmtpSink::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10000);
}

QList<QJsonObject> SmtpSink::messages() const
{
    QList<QJsonObject> messages;
    QFile file(m_folder.filePath(u"messages.jsonl"_s));
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            messages.append(QJsonDocument::fromJson(line).object());
    }
    return messages;
}
