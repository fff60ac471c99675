#include "BenchCatalog.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

// A row source "n(i)" of 1..count: generate_series on PostgreSQL, a
// recursive common table expression on SQLite.
QString BenchCatalog::numbers(const Database &database, int count)
{
    if (database.isPostgres())
        return u"generate_series(1, %1) AS n(i)"_s.arg(count);
    return u"(WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < %1) "
           "SELECT i FROM s) AS n"_s.arg(count);
}

Status BenchCatalog::generate(const Database &database)
{
    // Ids 1–20 at the top, 21–200 under them, 201–2000 under those, so each
    // parent is inserted before its children.
    const QString categories =
        u"INSERT INTO categories (id, parent_id, name, description, icon, display_order) "
        "SELECT i, CASE WHEN i <= 20 THEN NULL WHEN i <= 200 THEN (i - 21) / 9 + 1 "
        "ELSE 21 + (i - 201) / 10 END, 'Category ' || i, 'Generated for the benchmark.', "
        "'folder', i FROM "_s +
        numbers(database, categoryCount);
    const QString services =
        u"INSERT INTO services (category_id, name, description, keywords, display_order) "
        "SELECT i % 2000 + 1, CASE WHEN i % 10 = 0 THEN 'Accès distant ' || i "
        "ELSE 'Service ' || i END, 'Generated for the benchmark.', 'bench, generated', i FROM "_s +
        numbers(database, serviceCount);
    QStringList statements = {categories, services};
    // Explicit ids leave the identity sequence behind on PostgreSQL.
    if (database.isPostgres()) {
        statements << u"SELECT setval(pg_get_serial_sequence('categories', 'id'), "
                      "(SELECT MAX(id) FROM categories))"_s;
    }

    return Transaction::run(database, [&]() -> Status {
        for (const QString &statement : std::as_const(statements)) {
            QSqlQuery q = database.query();
            if (!q.exec(statement))
                return Status::failure(Database::errorText(q.lastError()));
        }
        return {};
    });
}
