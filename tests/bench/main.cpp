#include "CatalogBench.h"
#include "FormBench.h"
#include "TestDatabase.h"

#include <QApplication>

using namespace Qt::StringLiterals;

// kaliaops_bench: generates a large catalog in a fresh database on SQLite
// and, when KALIAOPS_BENCH_PG or KALIAOPS_TEST_PG names a PostgreSQL server,
// on PostgreSQL too, then prints the timings as JSON lines; a large request
// form first, which needs no database.
int main(int argc, char *argv[])
{
    // Offscreen unless asked otherwise: the bench needs no screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!qEnvironmentVariableIsEmpty("KALIAOPS_BENCH_PG"))
        qputenv("KALIAOPS_TEST_PG", qgetenv("KALIAOPS_BENCH_PG"));
    QApplication app(argc, argv);

    QStringList backends = {u"sqlite"_s};
    if (TestDatabase::postgresAvailable())
        backends << u"postgresql"_s;

    // Forms need no database: once, whatever the backends.
    int failures = FormBench().run() ? 0 : 1;
    for (const QString &backend : std::as_const(backends)) {
        TestDatabase fresh(backend);
        const auto database = fresh.open();
        if (!database || !CatalogBench(*database, backend).run())
            ++failures;
    }
    return failures == 0 ? 0 : 1;
}
