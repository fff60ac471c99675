#pragma once

#include "storage/DatabaseUrl.h"

#include <QStringList>
#include <QTextStream>

// What a headless command receives: the words after the command name, the
// database to work on, and where to write its output and its problems.
struct CommandContext
{
    QStringList words; // e.g. {"export", "catalog.json"} for "catalog export catalog.json"
    DatabaseUrl url;
    QString language;
    bool replace = false;
    QTextStream &out;
    QTextStream &err;
};
