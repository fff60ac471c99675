#pragma once

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
};
