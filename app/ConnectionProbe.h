#pragma once

#include "storage/DatabaseUrl.h"

#include <QCoreApplication>

// Checks that a database answers, for the settings' "Test Connection"
// button: quickly, and without leaving anything behind.
class ConnectionProbe
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProbe)

public:
    // True when the database answers, or when an SQLite file yet to be
    // created can be; *message says so, or says what went wrong.
    static bool test(const DatabaseUrl &url, QString *message);
    // The drivers' messages come in indented lines: this keeps the lines and
    // drops the indentation, for a label to show.
    static QString tidyMessage(const QString &message);

private:
    static bool testSqlite(const DatabaseUrl &url, QString *message);
    static bool testPostgres(const DatabaseUrl &url, QString *message);
};
