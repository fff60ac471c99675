#include "CatalogCommands.h"

#include "CommandContext.h"

int CatalogCommands::run(CommandContext &context)
{
    context.err << tr("This command is not available yet.") << Qt::endl;
    return 2;
}
