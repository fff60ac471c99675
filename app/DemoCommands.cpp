#include "DemoCommands.h"

#include "CommandContext.h"

int DemoCommands::run(CommandContext &context)
{
    context.err << tr("This command is not available yet.") << Qt::endl;
    return 2;
}
