#include "TestDatabase.h"

#include "DatabaseSetup.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

DatabaseUrl serverUrl()
{
    return DatabaseUrl::parse(qEnvironmentVariable("KALIAOPS_TEST_PG"));
}

// Runs one statement on the server's maintenance connection.
bool onServer(const QString &statement)
{
    Database admin;
    QString error;
    if (!admin.open(serverUrl(), &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    QSqlQuery q = admin.query();
    if (!q.exec(statement)) {
        qWarning("%s", qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

} // namespace

void TestDatabase::addBackendColumn()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    if (postgresAvailable())
        QTest::newRow("postgresql") << u"postgresql"_s;
}

bool TestDatabase::postgresAvailable()
{
    return serverUrl().isValid();
}

TestDatabase::TestDatabase(const QString &backend)
{
    if (backend == u"sqlite"_s) {
        m_url = DatabaseUrl::forSqliteFile(m_folder.filePath(u"test.db"_s));
        return;
    }
    m_postgresName = u"kaliaops_t_%1"_s.arg(QRandomGenerator::global()->generate64(), 0, 36);
    if (!onServer(u"CREATE DATABASE %1"_s.arg(m_postgresName)))
        return;
    const QString base = serverUrl().toString();
    m_url = DatabaseUrl::parse(base.left(base.lastIndexOf(u'/') + 1) + m_postgresName);
}

TestDatabase::~TestDatabase()
{
    if (!m_postgresName.isEmpty())
        onServer(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_postgresName));
}

std::unique_ptr<Database> TestDatabase::open(bool migrate) const
{
    auto database = std::make_unique<Database>();
    QString error;
    if (!database->open(m_url, &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    if (migrate && DatabaseSetup::prepare(*database, &error) < 0) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return database;
}
