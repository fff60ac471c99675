#include "SmtpSender.h"

#include <cstring>
#include <curl/curl.h>
#include <memory>

namespace {

struct Upload
{
    const QByteArray *data;
    qsizetype offset = 0;
};

size_t readChunk(char *buffer, size_t size, size_t count, void *userData)
{
    auto *upload = static_cast<Upload *>(userData);
    const qsizetype left = upload->data->size() - upload->offset;
    const qsizetype length = std::min<qsizetype>(left, qsizetype(size * count));
    if (length <= 0)
        return 0;
    std::memcpy(buffer, upload->data->constData() + upload->offset, size_t(length));
    upload->offset += length;
    return size_t(length);
}

// libcurl's global state is set up once, before any thread sends.
void initCurl()
{
    static const bool done = [] {
        return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    }();
    Q_UNUSED(done)
}

} // namespace

SmtpSender::SmtpSender(MailSettings settings)
    : m_settings(std::move(settings))
{}

SmtpSender::Outcome SmtpSender::send(const QString &recipient, const QByteArray &message) const
{
    initCurl();
    const std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(),
                                                                   &curl_easy_cleanup);
    if (!curl)
        return {false, false, tr("The mail library could not start.")};

    const QByteArray url = m_settings.url().toUtf8();
    const QByteArray from = '<' + m_settings.senderAddress.toUtf8() + '>';
    const QByteArray to = '<' + recipient.toUtf8() + '>';
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    curl_slist *recipients = curl_slist_append(nullptr, to.constData());
    Upload upload{&message};
    char errorBuffer[CURL_ERROR_SIZE] = {};

    CURL *handle = curl.get();
    curl_easy_setopt(handle, CURLOPT_URL, url.constData());
    curl_easy_setopt(handle, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(handle, CURLOPT_READFUNCTION, readChunk);
    curl_easy_setopt(handle, CURLOPT_READDATA, &upload);
    curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, connectTimeout);
    curl_easy_setopt(handle, CURLOPT_TIMEOUT, totalTimeout);
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, errorBuffer);
    if (m_settings.security == MailSettings::Security::StartTls)
        curl_easy_setopt(handle, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    if (!user.isEmpty()) {
        curl_easy_setopt(handle, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(handle, CURLOPT_PASSWORD, password.constData());
    }

    const CURLcode code = curl_easy_perform(handle);
    long response = 0;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &response);
    curl_slist_free_all(recipients);
    if (code == CURLE_OK)
        return {true, false, {}};

    const QString detail =
        QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code));
    const bool permanent = response >= 500 && response < 600;
    return {false, permanent,
            response > 0
                ? tr("The mail server %1 answered %2: %3")
                      .arg(m_settings.host)
                      .arg(response)
                      .arg(detail)
                : tr("The mail server %1 could not be reached: %2").arg(m_settings.host, detail)};
}
