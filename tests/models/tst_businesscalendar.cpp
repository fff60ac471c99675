#include "sla/BusinessCalendar.h"
#include "sla/FrenchHolidays.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

// Business-time arithmetic: every expected instant below was worked out by
// hand, in UTC and in the calendar's local time. Europe/Paris is UTC+1 in
// winter (CET) and UTC+2 in summer (CEST); in 2026 it springs forward on
// Sunday 29 March (02:00 -> 03:00) and falls back on Sunday 25 October
// (03:00 -> 02:00). 14 July 2026 is a Tuesday.
class BusinessCalendarTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void addsBusinessMinutes_data();
    void addsBusinessMinutes();
    void countsBusinessMinutes_data();
    void countsBusinessMinutes();
    void knowsWorkingTime_data();
    void knowsWorkingTime();
    void countingInvertsAdding();
    void addingMatchesTheWallClock();
    void refusesImpossibleCounts_data();
    void refusesImpossibleCounts();
    void measuresSpeed();

    void validates_data();
    void validates();
    void writesWorkingHoursJson();
    void refusesMalformedWorkingHours_data();
    void refusesMalformedWorkingHours();

    void findsEaster_data();
    void findsEaster();
    void listsFrenchHolidays();

private:
    static BusinessCalendar makeCalendar(const QString &key);
    static BusinessCalendar parisCalendar(const QString &name, const QList<WorkingRange> &ranges);
    static QDateTime instant(const QString &iso);
    static bool wallClockWorks(const BusinessCalendar &calendar, const QDateTime &utcMinute);
};

namespace {

const QStringList randomCalendars{u"office"_s,     u"lunch"_s,        u"night shift"_s,
                                  u"paris 24/7"_s, u"sunday night"_s, u"around 02:30"_s};

WorkingRange range(int day, int startHour, int startMinute, int endHour, int endMinute)
{
    return {day, startHour * 60 + startMinute, endHour * 60 + endMinute};
}

} // namespace

void BusinessCalendarTest::initTestCase()
{
    // Without the time zone database every due date would be wrong.
    QVERIFY2(QTimeZone(QByteArrayLiteral("Europe/Paris")).isValid(),
             "Europe/Paris is unknown: install the tzdata package");
}

BusinessCalendar BusinessCalendarTest::parisCalendar(const QString &name,
                                                     const QList<WorkingRange> &ranges)
{
    BusinessCalendar calendar;
    calendar.setName(name);
    calendar.setTimeZoneId(QByteArrayLiteral("Europe/Paris"));
    calendar.setWorkingRanges(ranges);
    return calendar;
}

BusinessCalendar BusinessCalendarTest::makeCalendar(const QString &key)
{
    if (key == u"office")
        return BusinessCalendar::officeHours(2026);
    if (key == u"utc 24/7")
        return BusinessCalendar::alwaysOpen();
    if (key == u"paris 24/7") {
        BusinessCalendar always = parisCalendar(key, {});
        always.setAlwaysWorking();
        return always;
    }
    if (key == u"sunday night")
        return parisCalendar(key, {range(7, 1, 0, 4, 0)});
    if (key == u"around 02:30")
        return parisCalendar(key, {range(7, 1, 0, 2, 30), range(7, 2, 40, 5, 0)});

    QList<WorkingRange> ranges;
    for (int day = 1; day <= 5; ++day) {
        if (key == u"lunch")
            ranges << range(day, 8, 30, 12, 0) << range(day, 13, 30, 18, 0);
        else // night shift: 22:00 to 06:00, Monday night to Saturday morning
            ranges << range(day, 22, 0, 24, 0) << range(day + 1, 0, 0, 6, 0);
    }
    BusinessCalendar other = parisCalendar(key, ranges);
    other.setHolidays(FrenchHolidays::forYear(2026));
    return other;
}

QDateTime BusinessCalendarTest::instant(const QString &iso)
{
    const QDateTime parsed = QDateTime::fromString(iso, Qt::ISODate);
    if (!parsed.isValid())
        qFatal("bad instant in the test data: %s", qPrintable(iso));
    return parsed;
}

void BusinessCalendarTest::addsBusinessMinutes_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QString>("start");
    QTest::addColumn<qint64>("minutes");
    QTest::addColumn<QString>("utc");
    QTest::addColumn<QString>("local");

    const auto row = [](const char *name, const QString &key, const QString &start, qint64 minutes,
                        const QString &utc, const QString &local) {
        QTest::newRow(name) << key << start << minutes << utc << local;
    };
    const QString office = u"office"_s;

    // Monday 15 June 2026, CEST.
    row("inside a range", office, u"2026-06-15T10:00+02:00"_s, 60, u"2026-06-15T09:00:00Z"_s,
        u"2026-06-15 11:00"_s);
    row("to the closing minute", office, u"2026-06-15T09:00+02:00"_s, 540,
        u"2026-06-15T16:00:00Z"_s, u"2026-06-15 18:00"_s);
    row("overnight", office, u"2026-06-15T17:00+02:00"_s, 120, u"2026-06-16T08:00:00Z"_s,
        u"2026-06-16 10:00"_s);
    row("start given in UTC", office, u"2026-06-15T08:00:00Z"_s, 60, u"2026-06-15T09:00:00Z"_s,
        u"2026-06-15 11:00"_s);
    row("start with seconds", office, u"2026-06-15T17:59:30+02:00"_s, 1, u"2026-06-16T07:00:30Z"_s,
        u"2026-06-16 09:00:30"_s);
    row("over a weekend", office, u"2026-06-19T17:00+02:00"_s, 120, u"2026-06-22T08:00:00Z"_s,
        u"2026-06-22 10:00"_s);
    row("over a holiday", office, u"2026-07-13T17:00+02:00"_s, 120, u"2026-07-15T08:00:00Z"_s,
        u"2026-07-15 10:00"_s);

    // Friday 17:00 CET (16:00Z) to Monday 10:00 CEST (08:00Z): 64 real hours.
    row("over the spring change", office, u"2026-03-27T17:00+01:00"_s, 120,
        u"2026-03-30T08:00:00Z"_s, u"2026-03-30 10:00"_s);
    row("over the autumn change", office, u"2026-10-23T17:00+02:00"_s, 120,
        u"2026-10-26T09:00:00Z"_s, u"2026-10-26 10:00"_s);
    // 2027: springs forward on 28 March, Easter Monday is 29 March.
    row("over the spring change and Easter Monday 2027", office, u"2027-03-26T17:00+01:00"_s, 120,
        u"2027-03-30T08:00:00Z"_s, u"2027-03-30 10:00"_s);

    // 32 working days of 540 minutes: 1 June to 15 July, skipping 14 July.
    row("several weeks", office, u"2026-06-01T09:00+02:00"_s, 32 * 540, u"2026-07-15T16:00:00Z"_s,
        u"2026-07-15 18:00"_s);
    // 18 working days: 19 October to 12 November, skipping 11 November.
    row("several weeks over the autumn change", office, u"2026-10-19T09:00+02:00"_s, 18 * 540,
        u"2026-11-12T17:00:00Z"_s, u"2026-11-12 18:00"_s);

    row("start before opening", office, u"2026-06-15T07:00+02:00"_s, 30, u"2026-06-15T07:30:00Z"_s,
        u"2026-06-15 09:30"_s);
    row("start after closing", office, u"2026-06-15T19:00+02:00"_s, 30, u"2026-06-16T07:30:00Z"_s,
        u"2026-06-16 09:30"_s);
    row("start on a Sunday", office, u"2026-06-14T15:00+02:00"_s, 30, u"2026-06-15T07:30:00Z"_s,
        u"2026-06-15 09:30"_s);
    row("start on a holiday", office, u"2026-07-14T10:00+02:00"_s, 30, u"2026-07-15T07:30:00Z"_s,
        u"2026-07-15 09:30"_s);
    row("no minutes inside a range", office, u"2026-06-15T10:15+02:00"_s, 0,
        u"2026-06-15T08:15:00Z"_s, u"2026-06-15 10:15"_s);
    row("no minutes before opening", office, u"2026-06-15T07:00+02:00"_s, 0,
        u"2026-06-15T07:00:00Z"_s, u"2026-06-15 09:00"_s);
    row("no minutes at closing", office, u"2026-06-15T18:00+02:00"_s, 0, u"2026-06-16T07:00:00Z"_s,
        u"2026-06-16 09:00"_s);
    row("no minutes on a Saturday", office, u"2026-06-20T11:00+02:00"_s, 0,
        u"2026-06-22T07:00:00Z"_s, u"2026-06-22 09:00"_s);

    const QString lunch = u"lunch"_s;
    row("across the lunch break", lunch, u"2026-06-15T11:00+02:00"_s, 120,
        u"2026-06-15T12:30:00Z"_s, u"2026-06-15 14:30"_s);
    row("to the end of the morning", lunch, u"2026-06-15T08:30+02:00"_s, 210,
        u"2026-06-15T10:00:00Z"_s, u"2026-06-15 12:00"_s);
    row("start during the lunch break", lunch, u"2026-06-15T12:30+02:00"_s, 30,
        u"2026-06-15T12:00:00Z"_s, u"2026-06-15 14:00"_s);
    row("night shift across midnight", u"night shift"_s, u"2026-06-15T23:00+02:00"_s, 120,
        u"2026-06-15T23:00:00Z"_s, u"2026-06-16 01:00"_s);

    // 24/7: every real minute counts, so 1440 minutes are 24 real hours even
    // when the local clock moves by 23 or 25.
    const QString always = u"paris 24/7"_s;
    row("24/7 over the spring change", always, u"2026-03-28T12:00+01:00"_s, 1440,
        u"2026-03-29T11:00:00Z"_s, u"2026-03-29 13:00"_s);
    row("24/7 over the autumn change", always, u"2026-10-24T12:00+02:00"_s, 1440,
        u"2026-10-25T10:00:00Z"_s, u"2026-10-25 11:00"_s);
    row("24/7 spring day of 23 hours", always, u"2026-03-29T00:00+01:00"_s, 23 * 60,
        u"2026-03-29T22:00:00Z"_s, u"2026-03-30 00:00"_s);
    row("24/7 autumn day of 25 hours", always, u"2026-10-25T00:00+02:00"_s, 25 * 60,
        u"2026-10-25T23:00:00Z"_s, u"2026-10-26 00:00"_s);
    row("24/7 in UTC", u"utc 24/7"_s, u"2026-06-15T10:00:00Z"_s, 10000, u"2026-06-22T08:40:00Z"_s,
        u"2026-06-22 08:40"_s);

    // Sunday 01:00-04:00 lasts 2 real hours in spring, 4 in autumn.
    const QString sunday = u"sunday night"_s;
    row("range across the spring change", sunday, u"2026-03-29T01:00+01:00"_s, 120,
        u"2026-03-29T02:00:00Z"_s, u"2026-03-29 04:00"_s);
    row("one minute past the spring range", sunday, u"2026-03-29T01:00+01:00"_s, 121,
        u"2026-04-04T23:01:00Z"_s, u"2026-04-05 01:01"_s);
    row("range across the autumn change", sunday, u"2026-10-25T01:00+02:00"_s, 240,
        u"2026-10-25T03:00:00Z"_s, u"2026-10-25 04:00"_s);
    row("inside the repeated hour", sunday, u"2026-10-25T02:30+02:00"_s, 60,
        u"2026-10-25T01:30:00Z"_s, u"2026-10-25 02:30"_s);
    // Sunday 01:00-02:30 and 02:40-05:00: in autumn the wall clock goes
    // 01:00-02:30 (CEST, 90 min), 02:40-03:00 (CEST, 20), back to 02:00-02:30
    // (CET, 30), then 02:40-05:00 (CET, 140).
    row("ranges around the repeated hour", u"around 02:30"_s, u"2026-10-25T01:00+02:00"_s, 100,
        u"2026-10-25T00:50:00Z"_s, u"2026-10-25 02:50"_s);
    row("second pass of the repeated hour", u"around 02:30"_s, u"2026-10-25T01:00+02:00"_s, 130,
        u"2026-10-25T01:20:00Z"_s, u"2026-10-25 02:20"_s);
}

void BusinessCalendarTest::addsBusinessMinutes()
{
    QFETCH(QString, calendar);
    QFETCH(QString, start);
    QFETCH(qint64, minutes);
    QFETCH(QString, utc);
    QFETCH(QString, local);
    const BusinessCalendar business = makeCalendar(calendar);

    const QDateTime due = business.addBusinessMinutes(instant(start), minutes);

    QVERIFY(due.isValid());
    QCOMPARE(due.toUTC().toString(Qt::ISODate), utc);
    const QString format = local.size() > 16 ? u"yyyy-MM-dd HH:mm:ss"_s : u"yyyy-MM-dd HH:mm"_s;
    QCOMPARE(due.toTimeZone(business.timeZone()).toString(format), local);
    QCOMPARE(business.businessMinutesBetween(instant(start), due), minutes);
}

void BusinessCalendarTest::countsBusinessMinutes_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<qint64>("minutes");

    const auto row = [](const char *name, const QString &key, const QString &from,
                        const QString &to, qint64 minutes) {
        QTest::newRow(name) << key << from << to << minutes;
    };
    const QString office = u"office"_s;
    row("backwards", office, u"2026-06-16T10:00+02:00"_s, u"2026-06-15T10:00+02:00"_s, 0);
    row("same instant", office, u"2026-06-15T10:00+02:00"_s, u"2026-06-15T10:00+02:00"_s, 0);
    row("part of a minute", office, u"2026-06-15T10:00:00+02:00"_s, u"2026-06-15T10:00:59+02:00"_s,
        0);
    row("inside to inside", office, u"2026-06-15T10:00+02:00"_s, u"2026-06-16T10:00+02:00"_s, 540);
    row("a working week", office, u"2026-06-15T00:00+02:00"_s, u"2026-06-22T00:00+02:00"_s,
        5 * 540);
    row("a week with 14 July", office, u"2026-07-13T00:00+02:00"_s, u"2026-07-20T00:00+02:00"_s,
        4 * 540);
    // 261 weekdays in 2026, 9 of them holidays (15 August and 1 November
    // fall on a weekend).
    row("the year 2026", office, u"2026-01-01T00:00+01:00"_s, u"2027-01-01T00:00+01:00"_s,
        252 * 540);
    row("a day with a lunch break", u"lunch"_s, u"2026-06-15T00:00+02:00"_s,
        u"2026-06-16T00:00+02:00"_s, 210 + 270);
    row("24/7 spring day", u"paris 24/7"_s, u"2026-03-29T00:00+01:00"_s,
        u"2026-03-30T00:00+02:00"_s, 23 * 60);
    row("24/7 autumn day", u"paris 24/7"_s, u"2026-10-25T00:00+02:00"_s,
        u"2026-10-26T00:00+01:00"_s, 25 * 60);
    row("ranges around the repeated hour", u"around 02:30"_s, u"2026-10-25T00:00+02:00"_s,
        u"2026-10-26T00:00+01:00"_s, 90 + 20 + 30 + 140);
    row("24/7 over the year 2026", u"paris 24/7"_s, u"2026-01-01T00:00+01:00"_s,
        u"2027-01-01T00:00+01:00"_s, 365 * 1440);
}

void BusinessCalendarTest::countsBusinessMinutes()
{
    QFETCH(QString, calendar);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(qint64, minutes);

    QCOMPARE(makeCalendar(calendar).businessMinutesBetween(instant(from), instant(to)), minutes);
}

void BusinessCalendarTest::knowsWorkingTime_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QString>("instant");
    QTest::addColumn<bool>("working");

    QTest::newRow("opening") << u"office"_s << u"2026-06-15T09:00+02:00"_s << true;
    QTest::newRow("last minute") << u"office"_s << u"2026-06-15T17:59+02:00"_s << true;
    QTest::newRow("closing") << u"office"_s << u"2026-06-15T18:00+02:00"_s << false;
    QTest::newRow("holiday") << u"office"_s << u"2026-07-14T10:00+02:00"_s << false;
    QTest::newRow("lunch") << u"lunch"_s << u"2026-06-15T12:30+02:00"_s << false;
    QTest::newRow("repeated hour, first") << u"sunday night"_s << u"2026-10-25T00:30:00Z"_s << true;
    QTest::newRow("repeated hour, second")
        << u"sunday night"_s << u"2026-10-25T01:30:00Z"_s << true;
    QTest::newRow("after the range") << u"sunday night"_s << u"2026-10-25T03:00:00Z"_s << false;
}

void BusinessCalendarTest::knowsWorkingTime()
{
    QFETCH(QString, calendar);
    QFETCH(QString, instant);
    QFETCH(bool, working);

    QCOMPARE(makeCalendar(calendar).isWorkingTime(this->instant(instant)), working);
}

void BusinessCalendarTest::countingInvertsAdding()
{
    QRandomGenerator random(20260329);
    const QDateTime origin = instant(u"2026-01-01T00:00:00Z"_s);
    const qint64 twoYears = qint64(730) * 24 * 3600;

    for (int i = 0; i < 2000; ++i) {
        const BusinessCalendar business =
            makeCalendar(randomCalendars.at(i % randomCalendars.size()));
        const QDateTime start = origin.addSecs(qint64(random.bounded(twoYears)));
        const qint64 minutes = random.bounded(30000);
        const QByteArray where = start.toString(Qt::ISODate).toUtf8() + " + " +
                                 QByteArray::number(minutes) + " in " + business.name().toUtf8();

        // The result is where the last minute ends: one millisecond earlier,
        // that minute is not yet complete.
        const QDateTime due = business.addBusinessMinutes(start, minutes);
        QVERIFY2(due.isValid() && due >= start, where.constData());
        QVERIFY2(business.businessMinutesBetween(start, due) == minutes, where.constData());
        if (minutes > 0) {
            QVERIFY2(business.businessMinutesBetween(start, due.addMSecs(-1)) == minutes - 1,
                     where.constData());
        }

        // And the other way: the minutes counted up to any instant fit before
        // it (0 minutes mean the next opening, which may come later).
        const QDateTime to = start.addSecs(qint64(random.bounded(60 * 24 * 3600)));
        const qint64 counted = business.businessMinutesBetween(start, to);
        if (counted > 0)
            QVERIFY2(business.addBusinessMinutes(start, counted) <= to, where.constData());
        QVERIFY2(business.addBusinessMinutes(start, counted + 1) > to, where.constData());
    }
}

bool BusinessCalendarTest::wallClockWorks(const BusinessCalendar &calendar,
                                          const QDateTime &utcMinute)
{
    const QDateTime local = utcMinute.toTimeZone(calendar.timeZone());
    if (calendar.isHoliday(local.date()))
        return false;
    const int minute = local.time().msecsSinceStartOfDay() / 60000;
    for (const WorkingRange &range : calendar.workingRanges()) {
        if (range.day == local.date().dayOfWeek() && range.startMinute <= minute &&
            minute < range.endMinute)
            return true;
    }
    return false;
}

void BusinessCalendarTest::addingMatchesTheWallClock()
{
    // A slow, obvious reference: step one real minute at a time and ask the
    // local wall clock whether it is working time.
    QRandomGenerator random(1789);
    const QList<QDateTime> changes{instant(u"2026-03-29T01:00:00Z"_s),
                                   instant(u"2026-10-25T01:00:00Z"_s),
                                   instant(u"2027-03-28T01:00:00Z"_s)};

    for (int i = 0; i < 90; ++i) {
        const BusinessCalendar business =
            makeCalendar(randomCalendars.at(i % randomCalendars.size()));
        const QDateTime change = changes.at(i % changes.size());
        const QDateTime start =
            change.addSecs(60 * (qint64(random.bounded(14 * 1440)) - 10 * 1440));
        const qint64 minutes = random.bounded(2 * business.weeklyMinutes());

        // 0 minutes: the first working minute; otherwise the end of the last.
        QDateTime expected = start;
        if (minutes == 0) {
            while (!wallClockWorks(business, expected))
                expected = expected.addSecs(60);
        }
        for (qint64 left = minutes; left > 0; expected = expected.addSecs(60)) {
            if (wallClockWorks(business, expected))
                --left;
        }
        const QByteArray where = start.toString(Qt::ISODate).toUtf8() + " + " +
                                 QByteArray::number(minutes) + " in " + business.name().toUtf8();
        QVERIFY2(business.addBusinessMinutes(start, minutes) == expected, where.constData());
    }
}

void BusinessCalendarTest::refusesImpossibleCounts_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<bool>("hours");
    QTest::addColumn<QString>("start");
    QTest::addColumn<qint64>("minutes");

    const QString monday = u"2026-06-15T10:00+02:00"_s;
    QTest::newRow("no working time") << QByteArray("Europe/Paris") << false << monday << qint64(60);
    QTest::newRow("no working time, no minutes")
        << QByteArray("Europe/Paris") << false << monday << qint64(0);
    QTest::newRow("unknown time zone")
        << QByteArray("Europe/Atlantis") << true << monday << qint64(60);
    QTest::newRow("negative minutes") << QByteArray("Europe/Paris") << true << monday << qint64(-1);
    QTest::newRow("invalid start") << QByteArray("Europe/Paris") << true << QString() << qint64(60);
    QTest::newRow("absurdly long")
        << QByteArray("Europe/Paris") << true << monday << std::numeric_limits<qint64>::max() / 2;
}

void BusinessCalendarTest::refusesImpossibleCounts()
{
    QFETCH(QByteArray, zone);
    QFETCH(bool, hours);
    QFETCH(QString, start);
    QFETCH(qint64, minutes);
    BusinessCalendar business = parisCalendar(u"test"_s, {});
    business.setTimeZoneId(zone);
    if (hours)
        business.setWorkingRanges({range(1, 9, 0, 18, 0)});
    const QDateTime from = start.isEmpty() ? QDateTime() : instant(start);

    // Counting still works where it can: five Mondays, the first from 10:00.

    QVERIFY(!business.addBusinessMinutes(from, minutes).isValid());
    QCOMPARE(business.businessMinutesBetween(from, instant(u"2026-07-15T10:00+02:00"_s)),
             hours && zone == "Europe/Paris" && from.isValid() ? 480 + 4 * 540 : 0);
}

void BusinessCalendarTest::measuresSpeed()
{
    // Not a pass/fail threshold (machines differ): a figure for the log.
    const BusinessCalendar business = makeCalendar(u"office"_s);
    QRandomGenerator random(42);
    const QDateTime origin = instant(u"2026-01-01T00:00:00Z"_s);
    QList<QDateTime> starts;
    for (int i = 0; i < 20000; ++i)
        starts << origin.addSecs(qint64(random.bounded(365 * 24 * 3600)));

    QElapsedTimer timer;
    timer.start();
    int valid = 0;
    for (int i = 0; i < starts.size(); ++i) {
        // Response and resolution targets from 1 hour to 6 weeks.
        const qint64 minutes = (i % 2) ? 60 * (1 + i % 8) : 540 * (1 + i % 30);
        valid += business.addBusinessMinutes(starts.at(i), minutes).isValid() ? 1 : 0;
    }
    const qint64 elapsed = std::max<qint64>(timer.elapsed(), 1);

    QCOMPARE(valid, starts.size());
    qInfo("%d due dates in %lld ms: about %lld due dates per second", int(starts.size()), elapsed,
          starts.size() * 1000 / elapsed);
}

void BusinessCalendarTest::validates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("hours");
    QTest::addColumn<QString>("error");

    const QByteArray paris("Europe/Paris");
    const QString office = uR"([{"day":1,"start":"09:00","end":"18:00"}])"_s;
    QTest::newRow("valid") << u"Office"_s << paris << office << QString();
    QTest::newRow("UTC") << u"Office"_s << QByteArray("UTC") << office << QString();
    QTest::newRow("whole day") << u"Office"_s << paris
                               << uR"([{"day":7,"start":"00:00","end":"24:00"}])"_s << QString();
    QTest::newRow("touching ranges")
        << u"Office"_s << paris
        << uR"([{"day":1,"start":"08:00","end":"12:00"},{"day":1,"start":"12:00","end":"14:00"}])"_s
        << QString();
    QTest::newRow("no name") << u"  "_s << paris << office << u"A calendar needs a name."_s;
    QTest::newRow("unknown time zone")
        << u"Office"_s << QByteArray("Europe/Atlantis") << office
        << u"The time zone \"Europe/Atlantis\" is unknown: use an IANA name such as "
           "Europe/Paris or UTC."_s;
    QTest::newRow("bare word as time zone")
        << u"Office"_s << QByteArray("Paris") << office
        << u"The time zone \"Paris\" is unknown: use an IANA name such as Europe/Paris or UTC."_s;
    QTest::newRow("time zone link")
        << u"Office"_s << QByteArray("America/Montreal") << office << QString();
    QTest::newRow("no working time")
        << u"Office"_s << paris << u"[]"_s
        << u"The calendar has no working time: add at least one range."_s;
    QTest::newRow("start after end")
        << u"Office"_s << paris << uR"([{"day":2,"start":"18:00","end":"09:00"}])"_s
        << u"On Tuesday, the range 18:00–09:00 must start before it ends."_s;
    QTest::newRow("empty range")
        << u"Office"_s << paris << uR"([{"day":3,"start":"09:00","end":"09:00"}])"_s
        << u"On Wednesday, the range 09:00–09:00 must start before it ends."_s;
    QTest::newRow("overlapping ranges")
        << u"Office"_s << paris
        << uR"([{"day":1,"start":"11:00","end":"14:00"},{"day":1,"start":"08:00","end":"12:00"}])"_s
        << u"On Monday, the ranges 08:00–12:00 and 11:00–14:00 overlap."_s;
}

void BusinessCalendarTest::validates()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, zone);
    QFETCH(QString, hours);
    QFETCH(QString, error);
    const auto ranges = WorkingRange::fromJson(QJsonDocument::fromJson(hours.toUtf8()).array());
    QVERIFY2(ranges.ok(), qPrintable(ranges.error()));
    BusinessCalendar business;
    business.setName(name);
    business.setTimeZoneId(zone);
    business.setWorkingRanges(*ranges);

    const Status status = business.validate();

    QCOMPARE(status.error(), error);
    QCOMPARE(status.ok(), error.isEmpty());
}

void BusinessCalendarTest::writesWorkingHoursJson()
{
    const QList<WorkingRange> ranges{range(2, 13, 30, 18, 0), range(7, 0, 0, 24, 0),
                                     range(2, 8, 30, 12, 0)};
    const QByteArray expected = R"([{"day":2,"end":"12:00","start":"08:30"},)"
                                R"({"day":2,"end":"18:00","start":"13:30"},)"
                                R"({"day":7,"end":"24:00","start":"00:00"}])";

    const QJsonArray json = WorkingRange::toJson(ranges);

    QCOMPARE(QJsonDocument(json).toJson(QJsonDocument::Compact), expected);
    const auto read = WorkingRange::fromJson(json);
    QVERIFY(read.ok());
    QCOMPARE(read->size(), 3);
    QCOMPARE(read->at(0), range(2, 8, 30, 12, 0));
    QCOMPARE(read->at(2), range(7, 0, 0, 24, 0));
}

void BusinessCalendarTest::refusesMalformedWorkingHours_data()
{
    QTest::addColumn<QString>("hours");
    QTest::addColumn<QString>("error");

    const QString badDay = u"Working range %1 needs a day from 1 (Monday) to 7 (Sunday)."_s;
    const QString badTime = u"Working range %1 needs a start and an end written as HH:mm, from "
                            "00:00 to 24:00."_s;
    const QString good = uR"({"day":1,"start":"09:00","end":"18:00"},)"_s;
    QTest::newRow("day 0") << uR"([{"day":0,"start":"09:00","end":"18:00"}])"_s << badDay.arg(1);
    QTest::newRow("day 8") << u"["_s + good + uR"({"day":8,"start":"09:00","end":"18:00"}])"_s
                           << badDay.arg(2);
    QTest::newRow("day as text") << uR"([{"day":"1","start":"09:00","end":"18:00"}])"_s
                                 << badDay.arg(1);
    QTest::newRow("not an object") << uR"([1])"_s << badDay.arg(1);
    QTest::newRow("one-digit hour")
        << uR"([{"day":1,"start":"9:00","end":"18:00"}])"_s << badTime.arg(1);
    QTest::newRow("past midnight")
        << uR"([{"day":1,"start":"09:00","end":"24:01"}])"_s << badTime.arg(1);
    QTest::newRow("minute 60") << uR"([{"day":1,"start":"09:60","end":"18:00"}])"_s
                               << badTime.arg(1);
    QTest::newRow("no end") << uR"([{"day":1,"start":"09:00"}])"_s << badTime.arg(1);
}

void BusinessCalendarTest::refusesMalformedWorkingHours()
{
    QFETCH(QString, hours);
    QFETCH(QString, error);

    const auto read = WorkingRange::fromJson(QJsonDocument::fromJson(hours.toUtf8()).array());

    QVERIFY(!read.ok());
    QCOMPARE(read.error(), error);
}

void BusinessCalendarTest::findsEaster_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("easter");

    QTest::newRow("earliest possible, 1818") << 1818 << QDate(1818, 3, 22);
    QTest::newRow("2008") << 2008 << QDate(2008, 3, 23);
    QTest::newRow("2024") << 2024 << QDate(2024, 3, 31);
    QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
    QTest::newRow("2026") << 2026 << QDate(2026, 4, 5);
    QTest::newRow("2027") << 2027 << QDate(2027, 3, 28);
    QTest::newRow("latest possible, 2038") << 2038 << QDate(2038, 4, 25);
}

void BusinessCalendarTest::findsEaster()
{
    QFETCH(int, year);
    QFETCH(QDate, easter);

    QCOMPARE(FrenchHolidays::easterSunday(year), easter);
}

void BusinessCalendarTest::listsFrenchHolidays()
{
    const QMap<QDate, QString> expected{
        {QDate(2026, 1, 1), u"Jour de l'an"_s},    {QDate(2026, 4, 6), u"Lundi de Pâques"_s},
        {QDate(2026, 5, 1), u"Fête du Travail"_s}, {QDate(2026, 5, 8), u"Victoire 1945"_s},
        {QDate(2026, 5, 14), u"Ascension"_s},      {QDate(2026, 5, 25), u"Lundi de Pentecôte"_s},
        {QDate(2026, 7, 14), u"Fête nationale"_s}, {QDate(2026, 8, 15), u"Assomption"_s},
        {QDate(2026, 11, 1), u"Toussaint"_s},      {QDate(2026, 11, 11), u"Armistice 1918"_s},
        {QDate(2026, 12, 25), u"Noël"_s}};
    QCOMPARE(FrenchHolidays::forYear(2026), expected);

    // In 2008 Ascension fell on 1 May: one day, both names.
    const auto holidays2008 = FrenchHolidays::forYear(2008);
    QCOMPARE(holidays2008.size(), 10);
    QCOMPARE(holidays2008.value(QDate(2008, 5, 1)), u"Fête du Travail, Ascension"_s);
}

QTEST_GUILESS_MAIN(BusinessCalendarTest)
#include "tst_businesscalendar.moc"
