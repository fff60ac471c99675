#pragma once

#include <QString>
#include <QStringList>

// Loads the program's and Qt's own translations for one language.
class Translator
{
public:
    static QStringList supportedLanguages();
    // --lang wins, then the saved setting, then the system language; a
    // language we do not have falls back to English.
    static QString chooseLanguage(const QString &commandLine, const QString &saved);
    // Installs the translators on the running application.
    static void install(const QString &language);
    // Finds "--lang xx" or "--lang=xx" before the parser exists, so that
    // --help is already translated.
    static QString languageArgument(const QStringList &arguments);
};
