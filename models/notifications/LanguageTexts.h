#pragma once

#include <QString>

// The program's translations in a language other than the one on screen:
// notifications are written in their recipient's language, whoever causes
// them. Safe to call from any thread (workers run in their own).
class LanguageTexts
{
public:
    // source translated into language ("fr", "en"; empty for the program's
    // language), with %n replaced by n for plural forms; source itself when
    // there is no translation.
    static QString translate(const QString &language, const char *context, const char *source,
                             int n = -1);
    // The program's language, for recipients who have not chosen one.
    static QString defaultLanguage();
};
