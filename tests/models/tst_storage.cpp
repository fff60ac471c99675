#include "TestDatabase.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/Migrator.h"
#include "storage/SqlScript.h"
#include "storage/Transaction.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// Database URLs, statement splitting, migrations and transactions.
class StorageTest : public QObject
{
    Q_OBJECT

private slots:
    void parsesUrls_data();
    void parsesUrls();
    void refusesBadUrls_data();
    void refusesBadUrls();
    void resolvesInOrder();
    void splitsScripts();

    void migratesFromEmpty_data() { TestDatabase::addBackendColumn(); }
    void migratesFromEmpty();
    void migratingTwiceChangesNothing_data() { TestDatabase::addBackendColumn(); }
    void migratingTwiceChangesNothing();
    void refusesNewerSchema_data() { TestDatabase::addBackendColumn(); }
    void refusesNewerSchema();
    void rollsBackFailedWork_data() { TestDatabase::addBackendColumn(); }
    void rollsBackFailedWork();
    void storesJsonAsJson_data() { TestDatabase::addBackendColumn(); }
    void storesJsonAsJson();
};

void StorageTest::parsesUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("backend");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("display");

    const int sqlite = int(DatabaseUrl::Backend::Sqlite);
    const int postgres = int(DatabaseUrl::Backend::Postgres);
    QTest::newRow("sqlite file") << u"sqlite:///home/me/kaliaops.db"_s << sqlite
                                 << u"/home/me/kaliaops.db"_s << u"sqlite:///home/me/kaliaops.db"_s;
    QTest::newRow("sqlite windows drive") << u"sqlite:///C:/data/k.db"_s << sqlite
                                          << u"C:/data/k.db"_s << u"sqlite:///C:/data/k.db"_s;
    QTest::newRow("postgres full") << u"postgresql://alice:s3cret@db.example.com:5433/itsm"_s
                                   << postgres << u"db.example.com:5433/itsm as alice"_s
                                   << u"postgresql://alice@db.example.com:5433/itsm"_s;
    QTest::newRow("postgres default port")
        << u"postgres://bob@localhost/kaliaops"_s << postgres << u"localhost:5432/kaliaops as bob"_s
        << u"postgresql://bob@localhost:5432/kaliaops"_s;
    QTest::newRow("postgres ssl") << u"postgresql://bob@h/k?sslmode=require"_s << postgres
                                  << u"h:5432/k as bob"_s
                                  << u"postgresql://bob@h:5432/k?sslmode=require"_s;
}

void StorageTest::parsesUrls()
{
    QFETCH(QString, text);
    QFETCH(int, backend);
    QFETCH(QString, detail);
    QFETCH(QString, display);

    QString error;
    const DatabaseUrl url = DatabaseUrl::parse(text, &error);
    QVERIFY2(url.isValid(), qPrintable(error));
    QCOMPARE(int(url.backend()), backend);
    if (url.backend() == DatabaseUrl::Backend::Sqlite)
        QCOMPARE(url.sqlitePath(), detail);
    else
        QCOMPARE(u"%1:%2/%3 as %4"_s.arg(url.host())
                     .arg(url.port())
                     .arg(url.databaseName(), url.userName()),
                 detail);
    QCOMPARE(url.toDisplayString(), display);
    QCOMPARE(DatabaseUrl::parse(url.toString()), url);
}

void StorageTest::refusesBadUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown scheme") << u"mysql://x@y/z"_s << u"sqlite://"_s;
    QTest::newRow("relative sqlite") << u"sqlite://data.db"_s << u"absolute"_s;
    QTest::newRow("no database name") << u"postgresql://u@host"_s << u"postgresql://user"_s;
    QTest::newRow("no host") << u"postgresql:///db"_s << u"postgresql://user"_s;
    QTest::newRow("unknown option") << u"postgresql://u@h/db?colour=red"_s << u"colour"_s;
}

void StorageTest::refusesBadUrls()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!DatabaseUrl::parse(text, &error).isValid());
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void StorageTest::resolvesInOrder()
{
    const QString cli = u"sqlite:///a.db"_s;
    const QString env = u"sqlite:///b.db"_s;
    const QString saved = u"sqlite:///c.db"_s;
    QString error;
    QCOMPARE(DatabaseUrl::resolve(cli, env, saved, &error).sqlitePath(), u"/a.db"_s);
    QCOMPARE(DatabaseUrl::resolve({}, env, saved, &error).sqlitePath(), u"/b.db"_s);
    QCOMPARE(DatabaseUrl::resolve({}, {}, saved, &error).sqlitePath(), u"/c.db"_s);
    QCOMPARE(DatabaseUrl::resolve({}, {}, {}, &error), DatabaseUrl::defaultUrl());
    QVERIFY(DatabaseUrl::defaultUrl().sqlitePath().endsWith(u"kaliaops.db"_s));
    QVERIFY(!DatabaseUrl::resolve(u"nonsense"_s, env, saved, &error).isValid());
}

void StorageTest::splitsScripts()
{
    const QString script = u"-- a comment; with a semicolon\n"
                           "CREATE TABLE t (a TEXT DEFAULT 'x;y');\n"
                           "CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n"
                           "  UPDATE t SET a = 'z'; DELETE FROM t WHERE a = 'q';\n"
                           "END;\n"
                           "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n"
                           "SELECT 1"_s;
    const QStringList statements = SqlScript::split(script);
    QCOMPARE(statements.size(), 4);
    QVERIFY(statements[0].startsWith(u"CREATE TABLE t"_s));
    QVERIFY(statements[0].contains(u"'x;y'"_s));
    QVERIFY(statements[1].endsWith(u"END"_s));
    QVERIFY(statements[2].contains(u"SELECT 1; $$"_s));
    QCOMPARE(statements[3], u"SELECT 1"_s);
}

void StorageTest::migratesFromEmpty()
{
    QFETCH(QString, backend);
    TestDatabase test(backend);
    auto database = test.open(false);
    QVERIFY(database);

    Migrator migrator(*database);
    QString error;
    QCOMPARE(migrator.currentVersion(&error), 0);
    const int latest = Migrator::latestVersion(database->backend());
    QVERIFY(latest >= 1);
    QCOMPARE(migrator.migrate(&error), latest);
    QCOMPARE(migrator.currentVersion(&error), latest);

    const QStringList tables = database->connection().tables();
    for (const auto &table :
         {u"people"_s, u"teams"_s, u"person_roles"_s, u"categories"_s, u"services"_s,
          u"form_versions"_s, u"service_requests"_s, u"request_events"_s, u"comments"_s,
          u"attachments"_s, u"sla_policies"_s, u"sla_targets"_s, u"calendars"_s,
          u"calendar_holidays"_s, u"notifications"_s, u"schema_version"_s})
        QVERIFY2(tables.contains(table), qPrintable(table));
}

void StorageTest::migratingTwiceChangesNothing()
{
    QFETCH(QString, backend);
    TestDatabase test(backend);
    QString error;
    {
        auto first = test.open();
        QVERIFY(first);
        QSqlQuery q = first->query();
        QVERIFY(q.exec(u"INSERT INTO categories (name) VALUES ('Kept')"_s));
    }

    // Re-open as a second start of the program would.
    auto again = test.open(false);
    QVERIFY(again);
    QCOMPARE(Migrator(*again).migrate(&error), 0);
    QSqlQuery q = again->query();
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM schema_version"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), Migrator::latestVersion(again->backend()));
    QVERIFY(q.exec(u"SELECT name FROM categories"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"Kept"_s);
}

void StorageTest::refusesNewerSchema()
{
    QFETCH(QString, backend);
    TestDatabase test(backend);
    auto database = test.open();
    QVERIFY(database);
    {
        QSqlQuery q = database->query();
        QVERIFY(q.exec(u"INSERT INTO schema_version (version, name, applied_at) "
                       "VALUES (9999, 'future', '2030-01-01T00:00:00Z')"_s));
    }

    QString error;
    QCOMPARE(Migrator(*database).migrate(&error), -1);
    QVERIFY2(error.contains(u"newer version"_s), qPrintable(error));
    QVERIFY(error.contains(u"9999"_s));
}

void StorageTest::rollsBackFailedWork()
{
    QFETCH(QString, backend);
    TestDatabase test(backend);
    auto database = test.open();
    QVERIFY(database);

    const Status status = Transaction::run(*database, [&] {
        QSqlQuery q = database->query();
        if (!q.exec(u"INSERT INTO categories (name) VALUES ('Half written')"_s))
            return Status::failure(u"insert failed"_s);
        return Status::failure(u"second step failed"_s);
    });
    QCOMPARE(status.error(), u"second step failed"_s);

    QSqlQuery q = database->query();
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM categories"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void StorageTest::storesJsonAsJson()
{
    QFETCH(QString, backend);
    TestDatabase test(backend);
    auto database = test.open();
    QVERIFY(database);

    // The database itself refuses text that is not JSON, on both backends.
    QSqlQuery q = database->query();
    QVERIFY(q.exec(u"INSERT INTO categories (name) VALUES ('C')"_s));
    QVERIFY(!q.exec(u"INSERT INTO services (category_id, name, form_schema) "
                    "VALUES (1, 'S', '{not json')"_s));
}

QTEST_GUILESS_MAIN(StorageTest)
#include "tst_storage.moc"
