#pragma once

#include "storage/Result.h"

#include <QCoreApplication>

class Database;

// The demo catalog, people and teams, in English or French.
class DemoCatalog
{
    Q_DECLARE_TR_FUNCTIONS(DemoCatalog)

public:
    // Loads everything into a database whose catalog is empty, in one
    // transaction; refuses a database that already holds a catalog. The
    // language "fr" gives French names and descriptions, any other English.
    static Status load(const Database &database, const QString &language);

    // Whether the database holds no category yet, so the demo may be loaded.
    static Result<bool> catalogIsEmpty(const Database &database);

private:
    static Result<qint64> categoryCount(const Database &database);
};
