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
    // transaction; refuses a database that already holds a catalog.
    static Status load(const Database &database, const QString &language);
};
