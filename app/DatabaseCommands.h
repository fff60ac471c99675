#pragma once

#include <QCoreApplication>

struct CommandContext;

// kaliaops db init | migrate | info
class DatabaseCommands
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCommands)

public:
    static int run(CommandContext &context);

private:
    static int init(CommandContext &context);
    static int migrate(CommandContext &context);
    static int info(CommandContext &context);
};
