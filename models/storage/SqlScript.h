#pragma once

#include <QString>
#include <QStringList>

// Splits a migration file into statements, because the SQLite driver runs
// only the first statement of a string. Understands -- comments, quoted
// text, PostgreSQL $$ bodies and SQLite trigger BEGIN … END blocks.
class SqlScript
{
public:
    static QStringList split(const QString &script);
};
