#include "AppSettings.h"
#include "CommandLine.h"
#include "DatabaseOpener.h"
#include "MainWindow.h"
#include "Translator.h"
#include "storage/Database.h"

#include <QApplication>
#include <QLoggingCategory>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QStringList argumentList(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

int runWindow(const CommandLine &commandLine, const QString &language)
{
    QString error;
    const DatabaseUrl url = DatabaseUrl::resolve(commandLine.databaseArgument(),
                                                 qEnvironmentVariable("KALIAOPS_DATABASE_URL"),
                                                 AppSettings::databaseUrl(), &error);
    std::unique_ptr<Database> database;
    if (url.isValid())
        database = DatabaseOpener::open(url, language, &error);

    // Without a database the window still opens, says why, and offers the
    // settings to fix it.
    MainWindow window(std::move(database), url);
    if (!error.isEmpty())
        window.showDatabaseError(error);
    window.show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList arguments = argumentList(argc, argv);

    // Headless commands run without a display, on servers and in scripts.
    std::unique_ptr<QCoreApplication> app;
    if (CommandLine::namesCommand(arguments)) {
        app = std::make_unique<QCoreApplication>(argc, argv);
        // A command prints its own outcome; the program's info lines would
        // only clutter scripts. QT_LOGGING_RULES still turns them back on.
        QLoggingCategory::setFilterRules(u"kaliaops.*.info=false"_s);
    } else {
        app = std::make_unique<QApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(u"KaliaOps"_s);
    QCoreApplication::setApplicationName(u"kaliaops"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KALIAOPS_VERSION));

    const QString language = Translator::chooseLanguage(Translator::languageArgument(arguments),
                                                        AppSettings::language());
    Translator::install(language);

    CommandLine commandLine;
    if (const auto exitCode = commandLine.parse(arguments))
        return *exitCode;
    if (commandLine.hasCommand())
        return commandLine.runCommand(language);
    return runWindow(commandLine, language);
}
