#pragma once

#include <QString>

class Database;

// Brings an open database to a working state, the same way for the window,
// the command line and the tests: the schema migrations, then the reference
// data every database holds (the default business calendars).
class DatabaseSetup
{
public:
    // Returns the number of migrations applied, or -1 with *error set.
    static int prepare(const Database &database, QString *error);
};
