#include "AppSettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const auto databaseKey = u"database/url"_s;
const auto languageKey = u"interface/language"_s;
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
