#pragma once

#include "storage/Result.h"

class Database;

// Fills an empty, migrated database with a large generated catalog in a few
// set-based statements: 2,000 categories on three levels (20 at the top, 9
// under each, 10 under each of those) and 20,000 services spread over them,
// one in ten named "Accès distant …" so that filtering finds something.
class BenchCatalog
{
public:
    static constexpr int categoryCount = 2000;
    static constexpr int serviceCount = 20000;

    static Status generate(const Database &database);

private:
    static QString numbers(const Database &database, int count);
};
