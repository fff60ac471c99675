#include "RequestFixture.h"
#include "TestDatabase.h"
#include "storage/Migrator.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The kaliaops program as scripts use it: run through QProcess, with no
// display for the headless commands, checked by exit code, output and the
// database it leaves behind.
class CommandLineTest : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void printsTheVersion();
    void helpListsTheCommands();
    void initThenInfoShowSchemaAndCounts();
    void migratingTwiceIsHarmless();
    void catalogRoundTrip();
    void refusesABadFileAndKeepsTheDatabase();
    void unknownCommandIsAUsageError();
    void usageErrors_data();
    void usageErrors();
    void demoLoadsIntoAFreshDatabase();
    void demoRefusesANonEmptyCatalog();
    void worksOnPostgres();
    void workerRaisesEscalationsOnce();
    void workerStopsCleanlyOnSigterm();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
        QString text() const { return QString::fromUtf8(out); }
    };

    // Runs kaliaops; headless unless a window application is expected.
    Run kaliaops(const QStringList &arguments, const QByteArray &input = {},
                 bool windowApplication = false) const;
    QString databaseUrl(const QString &name) const;
    Run onDatabase(const QString &name, const QStringList &arguments,
                   const QByteArray &input = {}) const;
    static QByteArray fixture(const QString &name);

    std::unique_ptr<QTemporaryDir> m_folder;
};

void CommandLineTest::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
}

CommandLineTest::Run CommandLineTest::kaliaops(const QStringList &arguments,
                                               const QByteArray &input,
                                               bool windowApplication) const
{
    // No display and no saved settings: a headless command needs neither.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY",
                             "KALIAOPS_DATABASE_URL", "QT_LOGGING_RULES"})
        environment.remove(QString::fromLatin1(name));
    if (windowApplication)
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_folder->filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_folder->filePath(u"data"_s));
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KALIAOPS_BINARY), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return {};
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString CommandLineTest::databaseUrl(const QString &name) const
{
    return u"sqlite://"_s + m_folder->filePath(name);
}

CommandLineTest::Run CommandLineTest::onDatabase(const QString &name, const QStringList &arguments,
                                                 const QByteArray &input) const
{
    const QString url = name.contains(u"://"_s) ? name : databaseUrl(name);
    return kaliaops(QStringList{u"--database"_s, url} + arguments, input);
}

QByteArray CommandLineTest::fixture(const QString &name)
{
    QFile file(QStringLiteral(KALIAOPS_TEST_DATA) + u"/catalog/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

// --help and --version stop before any command, in the window application.
void CommandLineTest::printsTheVersion()
{
    const Run run = kaliaops({u"--version"_s}, {}, true);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.text().contains(QStringLiteral(KALIAOPS_VERSION)), run.out.constData());
}

void CommandLineTest::helpListsTheCommands()
{
    const Run run = kaliaops({u"--help"_s}, {}, true);
    QCOMPARE(run.exitCode, 0);
    for (const QString &command :
         {u"db init"_s, u"db migrate"_s, u"db info"_s, u"catalog export"_s, u"catalog import"_s,
          u"demo load"_s, u"--database"_s, u"--replace"_s, u"--lang"_s})
        QVERIFY2(run.text().contains(command), qPrintable(command));
}

void CommandLineTest::initThenInfoShowSchemaAndCounts()
{
    const Run init = onDatabase(u"x.db"_s, {u"db"_s, u"init"_s});
    QCOMPARE(init.exitCode, 0);
    QVERIFY2(init.text().contains(u"Initialised"_s), init.out.constData());

    const Run info = onDatabase(u"x.db"_s, {u"db"_s, u"info"_s});
    QCOMPARE(info.exitCode, 0);
    const int latest = Migrator::latestVersion(DatabaseUrl::Backend::Sqlite);
    QVERIFY2(info.text().contains(u"Schema version: %1"_s.arg(latest)), info.out.constData());
    QVERIFY2(info.text().contains(u"SQLite"_s), info.out.constData());
    for (const QString &table : {u"categories"_s, u"services"_s, u"people"_s})
        QVERIFY2(info.text().contains(QRegularExpression(table + u"\\s+0\\n"_s)),
                 info.out.constData());
}

void CommandLineTest::migratingTwiceIsHarmless()
{
    QCOMPARE(onDatabase(u"x.db"_s, {u"db"_s, u"init"_s}).exitCode, 0);
    QCOMPARE(onDatabase(u"x.db"_s, {u"catalog"_s, u"import"_s, u"-"_s}, fixture(u"sample.json"_s))
                 .exitCode,
             0);

    for (int time = 0; time < 2; ++time) {
        const Run migrate = onDatabase(u"x.db"_s, {u"db"_s, u"migrate"_s});
        QCOMPARE(migrate.exitCode, 0);
        // "0 migration(s)" until the English plurals are translated.
        QVERIFY2(migrate.text().startsWith(u"0 migration"_s), migrate.out.constData());
    }
    const Run exported = onDatabase(u"x.db"_s, {u"catalog"_s, u"export"_s, u"-"_s});
    QCOMPARE(exported.out, fixture(u"sample.json"_s));
}

void CommandLineTest::catalogRoundTrip()
{
    QCOMPARE(onDatabase(u"a.db"_s, {u"db"_s, u"init"_s}).exitCode, 0);
    const Run imported =
        onDatabase(u"a.db"_s, {u"catalog"_s, u"import"_s,
                               QStringLiteral(KALIAOPS_TEST_DATA) + u"/catalog/sample.json"_s});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.text().contains(u"Categories: 8 added, 0 changed, 0 removed."_s),
             imported.out.constData());
    QVERIFY2(imported.text().contains(u"Services: 7 added, 0 changed, 0 removed."_s),
             imported.out.constData());

    const QString file = m_folder->filePath(u"a.json"_s);
    QCOMPARE(onDatabase(u"a.db"_s, {u"catalog"_s, u"export"_s, file}).exitCode, 0);
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray exported = written.readAll();
    QCOMPARE(exported, fixture(u"sample.json"_s));

    // Into a second database through the standard input, and out again.
    QCOMPARE(onDatabase(u"b.db"_s, {u"db"_s, u"init"_s}).exitCode, 0);
    QCOMPARE(onDatabase(u"b.db"_s, {u"catalog"_s, u"import"_s, u"-"_s}, exported).exitCode, 0);
    const Run again = onDatabase(u"b.db"_s, {u"catalog"_s, u"export"_s, u"-"_s});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, exported);
}

void CommandLineTest::refusesABadFileAndKeepsTheDatabase()
{
    QCOMPARE(onDatabase(u"x.db"_s, {u"db"_s, u"init"_s}).exitCode, 0);
    QCOMPARE(onDatabase(u"x.db"_s, {u"catalog"_s, u"import"_s, u"-"_s}, fixture(u"sample.json"_s))
                 .exitCode,
             0);
    const Run infoBefore = onDatabase(u"x.db"_s, {u"db"_s, u"info"_s});

    const Run refused = onDatabase(u"x.db"_s, {u"catalog"_s, u"import"_s, u"--replace"_s, u"-"_s},
                                   fixture(u"bad/several-problems.json"_s));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.out.isEmpty());
    const QStringList lines = refused.err.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 8, qPrintable(refused.err));
    QVERIFY2(lines.first().startsWith(u"categories[1].name: "_s), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"services[1].category: "_s), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"unchanged"_s), qPrintable(refused.err));

    QCOMPARE(onDatabase(u"x.db"_s, {u"db"_s, u"info"_s}).out, infoBefore.out);
    QCOMPARE(onDatabase(u"x.db"_s, {u"catalog"_s, u"export"_s, u"-"_s}).out,
             fixture(u"sample.json"_s));
}

// An unknown word is no command, so it reaches the window's parser.
void CommandLineTest::unknownCommandIsAUsageError()
{
    const Run run = kaliaops({u"frobnicate"_s}, {}, true);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"frobnicate"_s), qPrintable(run.err));
}

void CommandLineTest::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("catalog alone") << QStringList{u"catalog"_s};
    QTest::newRow("catalog unknown action") << QStringList{u"catalog"_s, u"merge"_s, u"x.json"_s};
    QTest::newRow("export without file") << QStringList{u"catalog"_s, u"export"_s};
    QTest::newRow("import two files")
        << QStringList{u"catalog"_s, u"import"_s, u"a.json"_s, u"b.json"_s};
    QTest::newRow("export with replace")
        << QStringList{u"catalog"_s, u"export"_s, u"a.json"_s, u"--replace"_s};
    QTest::newRow("demo alone") << QStringList{u"demo"_s};
    QTest::newRow("demo unknown action") << QStringList{u"demo"_s, u"unload"_s};
    QTest::newRow("unknown option") << QStringList{u"catalog"_s, u"export"_s, u"--frob"_s};
}

void CommandLineTest::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = onDatabase(u"x.db"_s, arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(run.out.isEmpty());
    QVERIFY2(!QFile::exists(m_folder->filePath(u"x.db"_s)), "a usage error touched the database");
}

void CommandLineTest::demoLoadsIntoAFreshDatabase()
{
    const Run run = onDatabase(u"fresh.db"_s, {u"demo"_s, u"load"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.text().contains(u"Loaded the demo catalog"_s), qPrintable(run.err));

    const Run info = onDatabase(u"fresh.db"_s, {u"db"_s, u"info"_s});
    const int latest = Migrator::latestVersion(DatabaseUrl::Backend::Sqlite);
    QVERIFY2(info.text().contains(u"Schema version: %1"_s.arg(latest)), info.out.constData());
}

void CommandLineTest::demoRefusesANonEmptyCatalog()
{
    QCOMPARE(onDatabase(u"x.db"_s, {u"db"_s, u"init"_s}).exitCode, 0);
    QCOMPARE(onDatabase(u"x.db"_s, {u"catalog"_s, u"import"_s, u"-"_s}, fixture(u"sample.json"_s))
                 .exitCode,
             0);
    const Run infoBefore = onDatabase(u"x.db"_s, {u"db"_s, u"info"_s});

    const Run refused = onDatabase(u"x.db"_s, {u"demo"_s, u"load"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"not empty"_s), qPrintable(refused.err));
    QCOMPARE(onDatabase(u"x.db"_s, {u"db"_s, u"info"_s}).out, infoBefore.out);
}

void CommandLineTest::worksOnPostgres()
{
    if (!TestDatabase::postgresAvailable())
        QSKIP("KALIAOPS_TEST_PG is not set");
    TestDatabase server(u"postgresql"_s);
    const QString url = server.url().toString();

    const Run init = onDatabase(url, {u"db"_s, u"init"_s});
    QCOMPARE(init.exitCode, 0);
    QVERIFY2(init.text().contains(u"Initialised"_s), qPrintable(init.err));
    const Run info = onDatabase(url, {u"db"_s, u"info"_s});
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.text().contains(u"PostgreSQL"_s), info.out.constData());
    const QString password = server.url().password();
    QVERIFY2(password.isEmpty() || !info.text().contains(password), "db info shows the password");

    QCOMPARE(
        onDatabase(url, {u"catalog"_s, u"import"_s, u"-"_s}, fixture(u"sample.json"_s)).exitCode,
        0);
    QCOMPARE(onDatabase(url, {u"catalog"_s, u"export"_s, u"-"_s}).out, fixture(u"sample.json"_s));
}

void CommandLineTest::workerRaisesEscalationsOnce()
{
    // A request submitted in June on a service with an SLA is long past its
    // warning, critical and due instants.
    RequestFixture fixture(u"sqlite"_s);
    QVERIFY(fixture.ok());
    const qint64 lead = fixture.createPerson(u"lead"_s, Person::Role::Technician);
    const qint64 team = fixture.createTeam(u"Service desk"_s, lead);
    const qint64 service = fixture.createService(u"Repair"_s, fixture.policyId(), false, 0,
                                                 Service::DelayUnit::Days, team);
    QVERIFY(fixture.submit(service, RequestFixture::at(u"2026-06-15T17:00:00+02:00"_s)) > 0);
    const QString url = fixture.database().url().toString();

    const Run first = kaliaops({u"--database"_s, url, u"worker"_s, u"once"_s});
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.text().contains(u"3 escalations raised."_s),
             qPrintable(first.text() + first.err));
    const Run second = kaliaops({u"--database"_s, url, u"worker"_s, u"once"_s});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.text().contains(u"0 escalations raised."_s), second.out.constData());
    QCOMPARE(fixture.number(u"SELECT COUNT(*) FROM notifications WHERE recipient_id = ?"_s, {lead}),
             3);
}

void CommandLineTest::workerStopsCleanlyOnSigterm()
{
    QVERIFY(onDatabase(u"worker.db"_s, {u"db"_s, u"init"_s}).exitCode == 0);
    QProcess worker;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"QT_QPA_PLATFORM"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_folder->filePath(u"config"_s));
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    worker.setProcessEnvironment(environment);
    worker.start(QStringLiteral(KALIAOPS_BINARY),
                 {u"--database"_s, databaseUrl(u"worker.db"_s), u"worker"_s});
    QVERIFY(worker.waitForStarted());
    QByteArray output;
    const auto said = [&](const char *text) {
        output += worker.readAllStandardOutput();
        return output.contains(text);
    };
    QTRY_VERIFY2_WITH_TIMEOUT(said("Worker running"), worker.readAllStandardError().constData(),
                              20000);

    worker.terminate(); // SIGTERM
    QVERIFY(worker.waitForFinished(10000));
    QCOMPARE(worker.exitStatus(), QProcess::NormalExit);
    QCOMPARE(worker.exitCode(), 0);
    QVERIFY2(said("Worker stopped."), output.constData());
}

QTEST_GUILESS_MAIN(CommandLineTest)
#include "tst_commandline.moc"
