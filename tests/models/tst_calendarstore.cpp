#include "TestDatabase.h"
#include "sla/CalendarStore.h"
#include "sla/FrenchHolidays.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// Business calendars in the database, through the store the editors and the
// SLA clock use, on every backend.
class CalendarStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void ensuresDefaultsOnce_data() { TestDatabase::addBackendColumn(); }
    void ensuresDefaultsOnce();
    void keepsEditedDefaults_data() { TestDatabase::addBackendColumn(); }
    void keepsEditedDefaults();
    void roundTripsCalendars_data() { TestDatabase::addBackendColumn(); }
    void roundTripsCalendars();
    void refusesBadCalendars_data();
    void refusesBadCalendars();
    void updatesCalendars_data() { TestDatabase::addBackendColumn(); }
    void updatesCalendars();
    void deletesUnusedCalendars_data() { TestDatabase::addBackendColumn(); }
    void deletesUnusedCalendars();
    void refusesDeletingUsedCalendars_data() { TestDatabase::addBackendColumn(); }
    void refusesDeletingUsedCalendars();

private:
    static BusinessCalendar lunchCalendar();
    qint64 count(const QString &table);
    QList<QVariant> column(const QString &sql);

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CalendarStore> m_store;
};

void CalendarStoreTest::init()
{
    QFETCH(QString, backend);
    m_test = std::make_unique<TestDatabase>(backend);
    m_database = m_test->open();
    QVERIFY(m_database);

    // Every database starts with the default calendars; these tests start
    // from none and call ensureDefaults() themselves where they need them.
    QSqlQuery q = m_database->query();
    QVERIFY(q.exec(u"DELETE FROM calendars"_s));
    m_store = std::make_unique<CalendarStore>(*m_database);
}

void CalendarStoreTest::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_test.reset();
}

BusinessCalendar CalendarStoreTest::lunchCalendar()
{
    BusinessCalendar calendar;
    calendar.setName(u"Service desk"_s);
    calendar.setTimeZoneId(QByteArrayLiteral("America/Montreal"));
    calendar.setWorkingRanges({{1, 8 * 60 + 30, 12 * 60},
                               {1, 13 * 60 + 30, 18 * 60},
                               {6, 0, 24 * 60},
                               {3, 20 * 60, 24 * 60}});
    calendar.setHolidays({{QDate(2026, 7, 1), u"Canada Day"_s},
                          {QDate(2026, 12, 25), u"Christmas \"Day\" — l'été"_s}});
    return calendar;
}

qint64 CalendarStoreTest::count(const QString &table)
{
    QSqlQuery q = m_database->query();
    if (!q.exec(u"SELECT COUNT(*) FROM "_s + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QList<QVariant> CalendarStoreTest::column(const QString &sql)
{
    QList<QVariant> values;
    QSqlQuery q = m_database->query();
    if (!q.exec(sql))
        return {QVariant(u"failed: "_s + sql)};
    while (q.next())
        values << q.value(0);
    return values;
}

void CalendarStoreTest::ensuresDefaultsOnce()
{
    QVERIFY(CalendarStore::ensureDefaults(*m_database, 2026).ok());
    QVERIFY(CalendarStore::ensureDefaults(*m_database, 2026).ok());

    const auto calendars = m_store->calendars();
    QVERIFY2(calendars.ok(), qPrintable(calendars.error()));
    QCOMPARE(calendars->size(), 2);
    QCOMPARE(count(u"calendar_holidays"_s), 22);

    const BusinessCalendar always = calendars->at(0);
    QCOMPARE(always.name(), u"24/7"_s);
    QCOMPARE(always.timeZoneId(), QByteArray("UTC"));
    QCOMPARE(always.workingRanges().size(), 7);
    for (const WorkingRange &range : always.workingRanges())
        QCOMPARE(range.lengthMinutes(), 24 * 60);
    QVERIFY(always.holidays().isEmpty());

    const BusinessCalendar office = calendars->at(1);
    QCOMPARE(office.name(), u"Office hours"_s);
    QCOMPARE(office.timeZoneId(), QByteArray("Europe/Paris"));
    const QList<WorkingRange> weekdays{
        {1, 540, 1080}, {2, 540, 1080}, {3, 540, 1080}, {4, 540, 1080}, {5, 540, 1080}};
    QCOMPARE(office.workingRanges(), weekdays);
    QMap<QDate, QString> holidays = FrenchHolidays::forYear(2026);
    holidays.insert(FrenchHolidays::forYear(2027));
    QCOMPARE(office.holidays(), holidays);
    QCOMPARE(office.holidays().value(QDate(2027, 3, 29)), u"Lundi de Pâques"_s);
}

void CalendarStoreTest::keepsEditedDefaults()
{
    QVERIFY(CalendarStore::ensureDefaults(*m_database, 2026).ok());
    auto office = m_store->calendarNamed(u"Office hours"_s);
    QVERIFY(office.ok());
    office.value().setWorkingRanges({{1, 8 * 60, 12 * 60}});
    office.value().setHolidays({});
    QVERIFY(m_store->updateCalendar(*office).ok());
    QVERIFY(m_store->deleteCalendar(m_store->calendarNamed(u"24/7"_s)->id()).ok());

    // A later start, a year later: the edit stays, the missing one returns.
    QVERIFY(CalendarStore::ensureDefaults(*m_database, 2027).ok());

    QCOMPARE(m_store->calendarNamed(u"Office hours"_s).value(), *office);
    QCOMPARE(count(u"calendar_holidays"_s), 0);
    QCOMPARE(m_store->calendarNamed(u"24/7"_s)->workingRanges().size(), 7);
    QCOMPARE(count(u"calendars"_s), 2);
}

void CalendarStoreTest::roundTripsCalendars()
{
    QSignalSpy changed(m_store.get(), &CalendarStore::calendarsChanged);
    const BusinessCalendar original = lunchCalendar();

    const auto id = m_store->createCalendar(original);

    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(changed.size(), 1);
    BusinessCalendar expected = original;
    expected.setId(*id);
    QCOMPARE(m_store->calendar(*id).value(), expected);
    QCOMPARE(m_store->calendarNamed(u"Service desk"_s).value(), expected);

    // The column holds the documented JSON, sorted by day then start.
    const QVariant stored =
        column(u"SELECT working_hours FROM calendars WHERE id = %1"_s.arg(*id)).value(0);
    const QJsonArray json = QJsonDocument::fromJson(stored.toString().toUtf8()).array();
    QCOMPARE(json.size(), 4);
    QCOMPARE(json.at(0).toObject().value(u"start"_s).toString(), u"08:30"_s);
    QCOMPARE(json.at(2).toObject().value(u"day"_s).toInt(), 3);
    QCOMPARE(json.at(3).toObject().value(u"end"_s).toString(), u"24:00"_s);
    QCOMPARE(json, WorkingRange::toJson(original.workingRanges()));
    QCOMPARE(column(u"SELECT time_zone FROM calendars"_s), QList<QVariant>{u"America/Montreal"_s});
}

void CalendarStoreTest::refusesBadCalendars_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QList<WorkingRange>>("ranges");
    QTest::addColumn<QString>("error");

    const QList<WorkingRange> office{{1, 540, 1080}};
    const QByteArray paris("Europe/Paris");
    for (const QString &backend : {u"sqlite"_s, u"postgresql"_s}) {
        if (backend == u"postgresql" && !TestDatabase::postgresAvailable())
            continue;
        const auto row = [&](const QString &name) -> QTestData & {
            return QTest::addRow("%s, %s", qPrintable(name), qPrintable(backend)) << backend;
        };
        row(u"no name"_s) << u""_s << paris << office << u"A calendar needs a name."_s;
        row(u"same name, other case"_s) << u" office HOURS "_s << paris << office
                                        << u"Another calendar is already named \"office HOURS\"."_s;
        row(u"unknown time zone"_s)
            << u"Desk"_s << QByteArray("Paris") << office
            << u"The time zone \"Paris\" is unknown: use an IANA name such as Europe/Paris or "
               "UTC."_s;
        row(u"overlapping ranges"_s)
            << u"Desk"_s << paris << QList<WorkingRange>{{5, 540, 720}, {5, 600, 1080}}
            << u"On Friday, the ranges 09:00–12:00 and 10:00–18:00 overlap."_s;
        row(u"no working time"_s) << u"Desk"_s << paris << QList<WorkingRange>{}
                                  << u"The calendar has no working time: add at least one "
                                     "range."_s;
    }
}

void CalendarStoreTest::refusesBadCalendars()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, zone);
    QFETCH(QList<WorkingRange>, ranges);
    QFETCH(QString, error);
    QVERIFY(CalendarStore::ensureDefaults(*m_database, 2026).ok());
    const auto office = m_store->calendarNamed(u"Office hours"_s);
    QVERIFY(office.ok());
    QSignalSpy changed(m_store.get(), &CalendarStore::calendarsChanged);
    BusinessCalendar calendar;
    calendar.setName(name);
    calendar.setTimeZoneId(zone);
    calendar.setWorkingRanges(ranges);

    const auto created = m_store->createCalendar(calendar);
    calendar.setId(m_store->calendarNamed(u"24/7"_s)->id());
    const Status updated = m_store->updateCalendar(calendar);

    QCOMPARE(created.error(), error);
    QCOMPARE(updated.error(), error);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(count(u"calendars"_s), 2);
    QCOMPARE(m_store->calendarNamed(u"24/7"_s)->workingRanges().size(), 7);
    QCOMPARE(m_store->calendarNamed(u"Office hours"_s).value(), *office);
}

void CalendarStoreTest::updatesCalendars()
{
    const auto id = m_store->createCalendar(lunchCalendar());
    QVERIFY(id.ok());
    QSignalSpy changed(m_store.get(), &CalendarStore::calendarsChanged);
    BusinessCalendar edited = m_store->calendar(*id).value();
    edited.setName(u"Night desk"_s);
    edited.setTimeZoneId(QByteArrayLiteral("Asia/Tokyo"));
    edited.setWorkingRanges({{2, 0, 6 * 60}});
    edited.setHolidays({{QDate(2027, 1, 1), u"New Year"_s}});

    QVERIFY(m_store->updateCalendar(edited).ok());

    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_store->calendar(*id).value(), edited);
    QCOMPARE(count(u"calendar_holidays"_s), 1);

    // Its own name in another case is no conflict; a missing calendar is.
    edited.setName(u"NIGHT DESK"_s);
    QVERIFY(m_store->updateCalendar(edited).ok());
    edited.setId(*id + 100);
    QCOMPARE(m_store->updateCalendar(edited).error(),
             u"No calendar has the number %1."_s.arg(*id + 100));
    QCOMPARE(changed.size(), 2);
}

void CalendarStoreTest::deletesUnusedCalendars()
{
    const auto id = m_store->createCalendar(lunchCalendar());
    QVERIFY(id.ok());
    QCOMPARE(count(u"calendar_holidays"_s), 2);
    QSignalSpy changed(m_store.get(), &CalendarStore::calendarsChanged);

    QVERIFY(m_store->deleteCalendar(*id).ok());

    QCOMPARE(changed.size(), 1);
    QCOMPARE(count(u"calendars"_s), 0);
    QCOMPARE(count(u"calendar_holidays"_s), 0);
    QCOMPARE(m_store->deleteCalendar(*id).error(), u"No calendar has the number %1."_s.arg(*id));
    QCOMPARE(m_store->calendar(*id).error(), u"No calendar has the number %1."_s.arg(*id));
}

void CalendarStoreTest::refusesDeletingUsedCalendars()
{
    QVERIFY(CalendarStore::ensureDefaults(*m_database, 2026).ok());
    const qint64 id = m_store->calendarNamed(u"Office hours"_s)->id();
    {
        QSqlQuery q = m_database->query();
        q.prepare(u"INSERT INTO sla_policies (name, calendar_id) VALUES ('Standard', ?)"_s);
        q.addBindValue(id);
        QVERIFY(q.exec());
    }
    QSignalSpy changed(m_store.get(), &CalendarStore::calendarsChanged);

    const Status status = m_store->deleteCalendar(id);

    QCOMPARE(status.error(), u"The calendar \"Office hours\" cannot be deleted: 1 SLA policy(ies) "
                             "count in it (\"Standard\"). Give them another calendar first."_s);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(count(u"calendars"_s), 2);
    QCOMPARE(count(u"calendar_holidays"_s), 22);
}

QTEST_GUILESS_MAIN(CalendarStoreTest)
#include "tst_calendarstore.moc"
