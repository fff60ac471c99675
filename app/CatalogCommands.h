#pragma once

#include <QCoreApplication>

struct CommandContext;

class CatalogCommands
{
    Q_DECLARE_TR_FUNCTIONS(CatalogCommands)

public:
    static int run(CommandContext &context);
};
