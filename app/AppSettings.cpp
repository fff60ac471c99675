#include "AppSettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const auto databaseKey = u"database/url"_s;
const auto languageKey = u"interface/language"_s;
const auto mailHostKey = u"mail/host"_s;
const auto mailPortKey = u"mail/port"_s;
const auto mailSecurityKey = u"mail/security"_s;
const auto mailUserKey = u"mail/user"_s;
const auto mailPasswordKey = u"mail/password"_s;
const auto mailSenderKey = u"mail/sender"_s;
const auto mailSenderNameKey = u"mail/senderName"_s;

const QStringList securityKeys = {u"none"_s, u"starttls"_s, u"tls"_s};
} // namespace

QString AppSettings::databaseUrl()
{
    return QSettings().value(databaseKey).toString();
}

void AppSettings::setDatabaseUrl(const QString &url)
{
    QSettings().setValue(databaseKey, url);
}

QString AppSettings::language()
{
    return QSettings().value(languageKey).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue(languageKey, language);
}

MailSettings AppSettings::mailSettings()
{
    const QSettings settings;
    MailSettings mail;
    mail.host = settings.value(mailHostKey).toString();
    mail.port = settings.value(mailPortKey, 25).toInt();
    const qsizetype security =
        securityKeys.indexOf(settings.value(mailSecurityKey, u"starttls"_s).toString());
    mail.security = MailSettings::Security(security < 0 ? 1 : security);
    mail.user = settings.value(mailUserKey).toString();
    mail.password = qEnvironmentVariableIsSet("KALIAOPS_SMTP_PASSWORD")
                        ? qEnvironmentVariable("KALIAOPS_SMTP_PASSWORD")
                        : settings.value(mailPasswordKey).toString();
    mail.senderAddress = settings.value(mailSenderKey).toString();
    mail.senderName = settings.value(mailSenderNameKey, mail.senderName).toString();
    return mail;
}

void AppSettings::setMailSettings(const MailSettings &mail)
{
    QSettings settings;
    settings.setValue(mailHostKey, mail.host.trimmed());
    settings.setValue(mailPortKey, mail.port);
    settings.setValue(mailSecurityKey, securityKeys.value(int(mail.security)));
    settings.setValue(mailUserKey, mail.user);
    settings.setValue(mailPasswordKey, mail.password);
    settings.setValue(mailSenderKey, mail.senderAddress.trimmed());
    settings.setValue(mailSenderNameKey, mail.senderName);
}

// One entry per database: the same person id means someone else elsewhere.
qint64 AppSettings::signedInPerson(const QString &database)
{
    QSettings settings;
    settings.beginGroup(u"session"_s);
    return settings
        .value(QString::fromLatin1(database.toUtf8().toBase64(QByteArray::Base64UrlEncoding |
                                                              QByteArray::OmitTrailingEquals)))
        .toLongLong();
}

void AppSettings::setSignedInPerson(const QString &database, qint64 personId)
{
    QSettings settings;
    settings.beginGroup(u"session"_s);
    settings.setValue(QString::fromLatin1(database.toUtf8().toBase64(
                          QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)),
                      personId);
}
