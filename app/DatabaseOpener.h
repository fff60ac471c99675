#pragma once

#include "storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <memory>

class Database;

// Opens the database the program works on: connects, brings the schema up to
// date, and on the first start of an embedded SQLite file loads the demo
// catalog so that a newcomer sees a working catalog at once.
class DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)

public:
    static std::unique_ptr<Database> open(const DatabaseUrl &url, const QString &language,
                                          QString *error);
};
