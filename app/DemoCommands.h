#pragma once

#include <QCoreApplication>

struct CommandContext;

class DemoCommands
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommands)

public:
    static int run(CommandContext &context);
};
