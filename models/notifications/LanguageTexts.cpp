#include "LanguageTexts.h"

#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QTranslator>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QMutex translatorsMutex;

// Loaded once per language; nullptr when the program has no such file.
const QTranslator *translatorFor(const QString &language)
{
    static QHash<QString, std::shared_ptr<QTranslator>> translators;
    const QMutexLocker lock(&translatorsMutex);
    auto found = translators.constFind(language);
    if (found == translators.cend()) {
        auto translator = std::make_shared<QTranslator>();
        if (!translator->load(u":/i18n/kaliaops_%1.qm"_s.arg(language)))
            translator.reset();
        found = translators.insert(language, translator);
    }
    return found->get();
}

} // namespace

QString LanguageTexts::defaultLanguage()
{
    const QString language = QLocale().name().left(2);
    return language == u"fr"_s ? language : u"en"_s;
}

QString LanguageTexts::translate(const QString &language, const char *context, const char *source,
                                 int n)
{
    const QString chosen = language.isEmpty() ? defaultLanguage() : language;
    QString text;
    if (const QTranslator *translator = translatorFor(chosen))
        text = translator->translate(context, source, nullptr, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(u"%n"_s, QLocale(chosen).toString(n));
    return text;
}
