#include "SlaEditorFixture.h"
#include "common/MessageBar.h"
#include "sla/CalendarDialog.h"
#include "sla/SlaPolicyDialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

using F = SlaEditorFixture;

// The business calendar editor as an administrator uses it: hours written
// as text and checked as they come, time zones, holidays, the store's
// refusals, and "try it" counting in the edited calendar.
class CalendarDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { F::prepareApplication(u"tst_calendardialog"_s); }
    void cleanup() { m_f.close(); }

    void problemsBlockSave_data();
    void problemsBlockSave();
    void savesANewCalendar_data() { TestDatabase::addBackendColumn(); }
    void savesANewCalendar();
    void refusesToDeleteAUsedCalendar_data() { TestDatabase::addBackendColumn(); }
    void refusesToDeleteAUsedCalendar();
    void triesTheCalendar();
    void remembersItsGeometry();
    void screenshots();

private:
    SlaEditorFixture m_f;
};

void CalendarDialogTest::problemsBlockSave_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");

    QTest::newRow("no name") << u"calendarName"_s << QString() << u"A calendar needs a name."_s;
    QTest::newRow("unknown time zone")
        << u"calendarTimeZone"_s << u"Europe/Pariss"_s
        << u"The time zone \"Europe/Pariss\" is unknown: use an IANA name such as Europe/Paris "
           "or UTC."_s;
    QTest::newRow("abbreviation for a zone")
        << u"calendarTimeZone"_s << u"Paris"_s << u"The time zone \"Paris\" is unknown"_s;
    QTest::newRow("overlapping ranges") << u"workingHours1"_s << u"08:00–12:30, 12:00–18:00"_s
                                        << u"On Monday, the ranges 08:00–12:30 and 12:00–18:00 "
                                           "overlap."_s;
    QTest::newRow("range ending before it starts")
        << u"workingHours3"_s << u"18:00-09:00"_s
        << u"On Wednesday, the range 18:00–09:00 must start before it ends."_s;
    QTest::newRow("unreadable range")
        << u"workingHours5"_s << u"9h-12h"_s
        << u"On Friday, \"9h-12h\" is not a range of hours: write ranges such as"_s;
    QTest::newRow("time past midnight") << u"workingHours6"_s << u"20:00–24:30"_s
                                        << u"On Saturday, \"20:00–24:30\" is not a range"_s;
}

void CalendarDialogTest::problemsBlockSave()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, message);
    m_f.open(u"sqlite"_s);
    CalendarDialog dialog(m_f.calendars());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(F::clickRow(dialog.list(), u"Office hours"_s));
    QCOMPARE(F::child<QLineEdit>(dialog, u"workingHours1"_s)->text(), u"09:00–18:00"_s);
    QCOMPARE(F::child<QComboBox>(dialog, u"calendarTimeZone"_s)->currentText(), u"Europe/Paris"_s);
    auto *save = F::child<QPushButton>(dialog, u"calendarSave"_s);
    QVERIFY(!save->isEnabled());
    F::typeInto(F::child<QLineEdit>(dialog, u"workingHours2"_s), u"9:00-12:00; 13:00 - 18:00"_s);
    QVERIFY(F::messageOf(dialog, u"calendarMessage"_s).isEmpty());
    QVERIFY(save->isEnabled());

    QWidget *target = F::child<QWidget>(dialog, field);
    if (auto *combo = qobject_cast<QComboBox *>(target))
        target = combo->lineEdit();
    F::typeInto(target, typed);
    QVERIFY2(F::messageOf(dialog, u"calendarMessage"_s).contains(message),
             qPrintable(F::messageOf(dialog, u"calendarMessage"_s)));
    QVERIFY(!save->isEnabled());
    QVERIFY(!F::child<QLabel>(dialog, u"tryEnd"_s)->text().contains(u"Ends"_s));
    QTest::keySequence(&dialog, QKeySequence::Save);
    QCOMPARE(m_f.calendars().calendar(m_f.office())->workingRanges(), // nothing written
             BusinessCalendar::officeHours(2026).workingRanges());
    QCOMPARE(m_f.calendars().calendar(m_f.office())->timeZoneId(), QByteArray("Europe/Paris"));
}

void CalendarDialogTest::savesANewCalendar()
{
    QFETCH(QString, backend);
    m_f.open(backend);
    CalendarDialog dialog(m_f.calendars());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    F::click(F::child<QPushButton>(dialog, u"calendarNew"_s));
    QCOMPARE(F::child<QLineEdit>(dialog, u"workingHours1"_s)->text(), u"09:00–18:00"_s);
    F::typeText(F::child<QLineEdit>(dialog, u"calendarName"_s), u"Support Montréal"_s);
    F::typeInto(F::child<QComboBox>(dialog, u"calendarTimeZone"_s)->lineEdit(),
                u"America/Toronto"_s);
    F::typeInto(F::child<QLineEdit>(dialog, u"workingHours1"_s), u"8:30-12:00, 13:00-17:30"_s);
    QCOMPARE(F::child<QLabel>(dialog, u"workingTotal1"_s)->text(), u"8 h"_s);
    F::click(F::child<QPushButton>(dialog, u"copyMonday"_s));
    QCOMPARE(F::child<QLineEdit>(dialog, u"workingHours5"_s)->text(), u"8:30-12:00, 13:00-17:30"_s);
    F::typeInto(F::child<QLineEdit>(dialog, u"workingHours6"_s), u"10:00–14:00"_s);

    auto *date = F::child<QDateEdit>(dialog, u"holidayDate"_s);
    date->setFocus();
    date->setSelectedSection(QDateTimeEdit::YearSection);
    QTest::keyClicks(date, u"20260701"_s);
    QCOMPARE(date->date(), QDate(2026, 7, 1));
    F::typeText(F::child<QLineEdit>(dialog, u"holidayName"_s), u"Fête du Canada"_s);
    F::click(F::child<QPushButton>(dialog, u"holidayAdd"_s));
    auto *holidays = F::child<QTableWidget>(dialog, u"holidayTable"_s);
    QCOMPARE(holidays->rowCount(), 1);
    // The French days of 2026 in one click, less New Year's Day.
    F::click(F::child<QPushButton>(dialog, u"holidayFrench"_s));
    QCOMPARE(holidays->rowCount(), 12);
    QTest::mouseClick(holidays->viewport(), Qt::LeftButton, {},
                      holidays->visualRect(holidays->model()->index(0, 0)).center());
    F::click(F::child<QPushButton>(dialog, u"holidayRemove"_s));
    QCOMPARE(holidays->rowCount(), 11);
    F::click(F::child<QPushButton>(dialog, u"calendarSave"_s));
    QVERIFY2(F::messageOf(dialog, u"calendarMessage"_s).isEmpty(),
             qPrintable(F::messageOf(dialog, u"calendarMessage"_s)));

    const auto saved = m_f.calendars().calendarNamed(u"Support Montréal"_s);
    QVERIFY2(saved, qPrintable(saved.error()));
    QCOMPARE(saved->timeZoneId(), QByteArray("America/Toronto"));
    QList<WorkingRange> expected;
    for (int day = 1; day <= 5; ++day)
        expected << WorkingRange{day, 8 * 60 + 30, 12 * 60}
                 << WorkingRange{day, 13 * 60, 17 * 60 + 30};
    expected << WorkingRange{6, 10 * 60, 14 * 60};
    QCOMPARE(saved->workingRanges(), expected);
    QCOMPARE(saved->holidays().size(), 11);
    QCOMPARE(saved->holidays().value(QDate(2026, 7, 1)), u"Fête du Canada"_s);
    QCOMPARE(saved->holidays().value(QDate(2026, 12, 25)), u"Noël"_s);
    QVERIFY(!saved->isHoliday(QDate(2026, 1, 1)));

    // Shown again as saved, in the editor's own words.
    QCOMPARE(dialog.list()->currentItem()->text(), u"Support Montréal"_s);
    QCOMPARE(F::child<QLineEdit>(dialog, u"workingHours2"_s)->text(),
             u"08:30–12:00, 13:00–17:30"_s);
    QVERIFY(!F::child<QPushButton>(dialog, u"calendarSave"_s)->isEnabled());

    // Another calendar of that name, whatever the case, is the store's refusal.
    QVERIFY(F::clickRow(dialog.list(), u"24/7"_s));
    F::typeInto(F::child<QLineEdit>(dialog, u"calendarName"_s), u"support montréal"_s);
    F::click(F::child<QPushButton>(dialog, u"calendarSave"_s));
    QCOMPARE(F::messageOf(dialog, u"calendarMessage"_s),
             u"Another calendar is already named \"support montréal\"."_s);
    QVERIFY(m_f.calendars().calendarNamed(u"24/7"_s));
}

void CalendarDialogTest::refusesToDeleteAUsedCalendar()
{
    QFETCH(QString, backend);
    m_f.open(backend);
    CalendarDialog dialog(m_f.calendars());
    QStringList asked;
    dialog.setAsk([&](const QString &text, QMessageBox::StandardButtons) {
        asked << text;
        return QMessageBox::Yes;
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QVERIFY(F::clickRow(dialog.list(), u"Office hours"_s));
    F::click(F::child<QPushButton>(dialog, u"calendarDelete"_s));
    QCOMPARE(asked.size(), 1);
    QVERIFY2(F::messageOf(dialog, u"calendarMessage"_s).contains(u"cannot be deleted"_s),
             qPrintable(F::messageOf(dialog, u"calendarMessage"_s)));
    QVERIFY(m_f.calendars().calendar(m_f.office()));
    QCOMPARE(dialog.list()->count(), 2);

    // An unused one goes.
    QVERIFY(F::clickRow(dialog.list(), u"24/7"_s));
    QVERIFY(F::messageOf(dialog, u"calendarMessage"_s).isEmpty());
    F::click(F::child<QPushButton>(dialog, u"calendarDelete"_s));
    QVERIFY(!m_f.calendars().calendar(m_f.always()));
    QCOMPARE(dialog.list()->count(), 1);
}

void CalendarDialogTest::triesTheCalendar()
{
    m_f.open(u"sqlite"_s);
    CalendarDialog dialog(m_f.calendars());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(F::clickRow(dialog.list(), u"Office hours"_s));

    F::typeStart(F::child<QDateTimeEdit>(dialog, u"tryStart"_s), u"202606151700"_s,
                 QDateTime(QDate(2026, 6, 15), QTime(17, 0)));
    QCOMPARE(F::child<QDoubleSpinBox>(dialog, u"tryHours"_s)->value(), 4.0);
    QCOMPARE(F::child<QLabel>(dialog, u"tryEnd"_s)->text(),
             u"Ends Tue 16 Jun 2026, 12:00 (Europe/Paris) — 10:00 your time"_s);

    // Unsaved hours count: a lunch break pushes the end by an hour and a half.
    F::typeInto(F::child<QLineEdit>(dialog, u"workingHours2"_s), u"09:00-11:00, 12:30-18:00"_s);
    QCOMPARE(F::child<QLabel>(dialog, u"tryEnd"_s)->text(),
             u"Ends Tue 16 Jun 2026, 13:30 (Europe/Paris) — 11:30 your time"_s);
    // Holidays count too: Wednesday 14 July 2027 is skipped.
    F::typeStart(F::child<QDateTimeEdit>(dialog, u"tryStart"_s), u"202707131700"_s,
                 QDateTime(QDate(2027, 7, 13), QTime(17, 0)));
    QCOMPARE(F::child<QLabel>(dialog, u"tryEnd"_s)->text(),
             u"Ends Thu 15 Jul 2027, 12:00 (Europe/Paris) — 10:00 your time"_s);
}

void CalendarDialogTest::remembersItsGeometry()
{
    m_f.open(u"sqlite"_s);
    {
        CalendarDialog dialog(m_f.calendars());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.resize(1111, 666);
        QTRY_COMPARE(dialog.size(), QSize(1111, 666));
        QVERIFY(dialog.close());
    }
    CalendarDialog again(m_f.calendars());
    QCOMPARE(again.size(), QSize(1111, 666));
    // Each dialog keeps its own.
    SlaPolicyDialog other(m_f.policies(), m_f.calendars());
    QVERIFY(other.size() != QSize(1111, 666));
}

void CalendarDialogTest::screenshots()
{
    // Pictures for reviewing the look; not a check.
    const QString folder = qEnvironmentVariable("KALIAOPS_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("Set KALIAOPS_SCREENSHOT_DIR to save screenshots there.");
    QDir().mkpath(folder);
    const auto english = F::installEnglish();
    m_f.open(u"sqlite"_s);

    CalendarDialog dialog(m_f.calendars());
    dialog.resize(1000, 650);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(F::clickRow(dialog.list(), u"Office hours"_s));
    F::typeStart(F::child<QDateTimeEdit>(dialog, u"tryStart"_s), u"202606151700"_s,
                 QDateTime(QDate(2026, 6, 15), QTime(17, 0)));
    QVERIFY(F::shoot(&dialog, folder + u"/sla-calendars.png"_s));
    F::typeInto(F::child<QLineEdit>(dialog, u"workingHours1"_s), u"09:00–13:00, 12:00–18:00"_s);
    QVERIFY(F::shoot(&dialog, folder + u"/sla-calendars-problem.png"_s));
}

QTEST_MAIN(CalendarDialogTest)
#include "tst_calendardialog.moc"
