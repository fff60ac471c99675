#include "Translator.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

QStringList Translator::supportedLanguages()
{
    return {u"en"_s, u"fr"_s};
}

QString Translator::chooseLanguage(const QString &commandLine, const QString &saved)
{
    for (const QString &candidate : {commandLine, saved, QLocale::system().name().left(2)}) {
        if (supportedLanguages().contains(candidate))
            return candidate;
    }
    return u"en"_s;
}

void Translator::install(const QString &language)
{
    QLocale::setDefault(QLocale(language));
    auto *app = QCoreApplication::instance();

    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(QLocale(language), u"qtbase"_s, u"_"_s,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    auto *ownTranslator = new QTranslator(app);
    if (ownTranslator->load(u":/i18n/kaliaops_%1.qm"_s.arg(language)))
        QCoreApplication::installTranslator(ownTranslator);
    else
        qCWarning(lcApp) << "no translation for" << language;
}

QString Translator::languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument.startsWith(u"--lang="_s))
            return argument.mid(7);
        if (argument == u"--lang"_s && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return {};
}
