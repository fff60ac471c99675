#pragma once

#include <QCoreApplication>
#include <memory>

class Database;
struct CommandContext;

// kaliaops catalog export FILE.json | import FILE.json [--replace]
// FILE "-" is the standard output (export) or input (import).
class CatalogCommands
{
    Q_DECLARE_TR_FUNCTIONS(CatalogCommands)

public:
    static int run(CommandContext &context);

private:
    static int exportCatalog(CommandContext &context, const QString &fileName);
    static int importCatalog(CommandContext &context, const QString &fileName);
    // The database, opened and checked to hold the schema this program
    // knows; nullptr (after saying why) otherwise.
    static std::unique_ptr<Database> openDatabase(CommandContext &context);
};
