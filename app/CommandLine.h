#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <optional>

// The kaliaops command line: the options of the window, and the headless
// commands (db, catalog, demo) that need no display.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();

    // True when the arguments name a headless command; decided before any
    // application object exists, so that commands never need a display.
    static bool namesCommand(const QStringList &arguments);

    // Parses the arguments. Returns an exit code when the program must stop
    // now (--help, --version, a usage error), nothing when it goes on.
    std::optional<int> parse(const QStringList &arguments);

    QString databaseArgument() const;
    QString languageArgument() const;
    bool hasCommand() const { return !m_parser.positionalArguments().isEmpty(); }

    // Runs the headless command named on the command line.
    int runCommand(const QString &language);

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_databaseOption;
    QCommandLineOption m_languageOption;
    QCommandLineOption m_replaceOption;
};
