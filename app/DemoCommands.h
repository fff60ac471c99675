#pragma once

#include <QCoreApplication>

struct CommandContext;

// kaliaops demo load: the demo catalog, people and teams, in the language of
// the command line, into a database whose catalog is empty.
class DemoCommands
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommands)

public:
    static int run(CommandContext &context);

private:
    static int load(CommandContext &context);
};
