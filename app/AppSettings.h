#pragma once

#include "notifications/MailSettings.h"

#include <QString>

// The settings a person saves between sessions (QSettings, per user).
class AppSettings
{
public:
    static QString databaseUrl();
    static void setDatabaseUrl(const QString &url);
    // "en", "fr", or empty for the system language.
    static QString language();
    static void setLanguage(const QString &language);
    // The SMTP server notifications leave through. The password comes from
    // KALIAOPS_SMTP_PASSWORD when set, so a server's worker keeps it out of
    // files.
    // Whom the program acted for last time on this database; 0 for nobody.
    static qint64 signedInPerson(const QString &database);
    static void setSignedInPerson(const QString &database, qint64 personId);
    static MailSettings mailSettings();
    static void setMailSettings(const MailSettings &settings);
};
