#include "CommandLine.h"

#include "AppSettings.h"
#include "CatalogCommands.h"
#include "CommandContext.h"
#include "DatabaseCommands.h"
#include "DemoCommands.h"
#include "WorkerCommands.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const QStringList commandNames = {u"db"_s, u"catalog"_s, u"demo"_s, u"worker"_s};
const QStringList headlessOptions = {u"-h"_s, u"--help"_s, u"--help-all"_s,
                                     u"-?"_s, u"-v"_s,     u"--version"_s};

} // namespace

CommandLine::CommandLine()
    : m_databaseOption({u"d"_s, u"database"_s},
                       tr("Database URL: sqlite:///path/file.db or "
                          "postgresql://user[:password]@host[:port]/dbname."),
                       tr("url"))
    , m_languageOption(u"lang"_s, tr("Interface language: en or fr."), tr("language"))
    , m_replaceOption(u"replace"_s,
                      tr("With catalog import: also remove what the file does not contain."))
{
    m_parser.setApplicationDescription(
        tr("KaliaOps Service Catalog: the IT service catalog and its requests.\n\n"
           "Without a command, opens the window. Commands:\n"
           "  db init                        create the database and its schema\n"
           "  db migrate                     bring the schema up to date\n"
           "  db info                        backend, schema version and row counts\n"
           "  catalog export FILE.json       write the whole catalog as JSON\n"
           "  catalog import FILE.json       check the file, then import it in one go\n"
           "  demo load                      load the demo catalog into an empty database\n"
           "  worker                         run the SLA escalations until stopped\n"
           "  worker once                    run them once, then exit"));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({m_databaseOption, m_languageOption, m_replaceOption});
    m_parser.addPositionalArgument(
        tr("command"), tr("A command (see above); none opens the window."), tr("[command …]"));
}

bool CommandLine::namesCommand(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"-d"_s || argument == u"--database"_s || argument == u"--lang"_s) {
            ++i; // skip the option's value
            continue;
        }
        // Help and version are printed, never shown in a window.
        if (headlessOptions.contains(argument))
            return true;
        // Any word is a command: an unknown one is refused on the terminal.
        if (!argument.startsWith(u'-'))
            return true;
    }
    return false;
}

std::optional<int> CommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        std::fputs(qPrintable(m_parser.errorText() + u'\n'), stderr);
        return 2;
    }
    if (m_parser.isSet(u"help"_s))
        m_parser.showHelp(0);
    if (m_parser.isSet(u"version"_s))
        m_parser.showVersion();

    const QStringList positional = m_parser.positionalArguments();
    if (!positional.isEmpty() && !commandNames.contains(positional.first())) {
        std::fputs(qPrintable(tr("Unknown command \"%1\". Run kaliaops --help for the list.")
                                  .arg(positional.first()) +
                              u'\n'),
                   stderr);
        return 2;
    }
    return std::nullopt;
}

QString CommandLine::databaseArgument() const
{
    return m_parser.value(m_databaseOption);
}

QString CommandLine::languageArgument() const
{
    return m_parser.value(m_languageOption);
}

int CommandLine::runCommand(const QString &language)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    QString error;
    const DatabaseUrl url =
        DatabaseUrl::resolve(databaseArgument(), qEnvironmentVariable("KALIAOPS_DATABASE_URL"),
                             AppSettings::databaseUrl(), &error);
    if (!url.isValid()) {
        err << error << Qt::endl;
        return 2;
    }

    QStringList words = m_parser.positionalArguments();
    const QString command = words.takeFirst();
    CommandContext context{words, url, language, m_parser.isSet(m_replaceOption), out, err};
    if (command == u"db"_s)
        return DatabaseCommands::run(context);
    if (command == u"catalog"_s)
        return CatalogCommands::run(context);
    if (command == u"worker"_s)
        return WorkerCommands::run(context);
    return DemoCommands::run(context);
}
