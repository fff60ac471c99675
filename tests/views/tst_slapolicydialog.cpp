#include "SlaEditorFixture.h"
#include "catalog/CatalogStore.h"
#include "common/MessageBar.h"
#include "sla/BusinessDuration.h"
#include "sla/SlaPolicyDialog.h"
#include "sla/SlaTimeText.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;

using F = SlaEditorFixture;

// The SLA policy editor as an administrator uses it: typed values checked
// as they come, the store's refusals shown, saved values read back, unsaved
// edits asked about, and "try it" giving the SLA clock's dates.
class SlaPolicyDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { F::prepareApplication(u"tst_slapolicydialog"_s); }
    void cleanup() { m_f.close(); }

    void problemsBlockSave_data();
    void problemsBlockSave();
    void savesANewPolicy_data() { TestDatabase::addBackendColumn(); }
    void savesANewPolicy();
    void refusesADuplicateName_data() { TestDatabase::addBackendColumn(); }
    void refusesADuplicateName();
    void asksAboutUnsavedEdits();
    void duplicatesAndDeletes_data() { TestDatabase::addBackendColumn(); }
    void duplicatesAndDeletes();
    void triesThePolicy();
    void screenshots();

private:
    SlaEditorFixture m_f;
};

void SlaPolicyDialogTest::problemsBlockSave_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");

    QTest::newRow("no name") << u"policyName"_s << QString() << u"needs a name"_s;
    QTest::newRow("zero response target")
        << u"responseHours_normal"_s << u"0"_s
        << u"The response target of the Normal priority must be longer than zero."_s;
    QTest::newRow("zero resolution target")
        << u"resolutionHours_critical"_s << u"0"_s
        << u"The resolution target of the Critical priority must be longer than zero."_s;
    QTest::newRow("resolution shorter than response")
        << u"resolutionHours_normal"_s << u"3.5"_s
        << u"The resolution target of the Normal priority (3 h 30 min of business time) cannot "
           "be shorter than its response target"_s;
    QTest::newRow("warning after critical")
        << u"policyWarning"_s << u"90"_s
        << u"The warning threshold (90 %) must come before the critical threshold (80 %)."_s;
    QTest::newRow("warning at critical")
        << u"policyCritical"_s << u"50"_s << u"The warning threshold (50 %) must come before"_s;
    QTest::newRow("critical at 100 %") << u"policyCritical"_s << u"100"_s << u"1 % and 99 %"_s;
}

void SlaPolicyDialogTest::problemsBlockSave()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, message);
    m_f.open(u"sqlite"_s);
    SlaPolicyDialog dialog(m_f.policies(), m_f.calendars());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *save = F::child<QPushButton>(dialog, u"policySave"_s);
    QCOMPARE(F::child<QLineEdit>(dialog, u"policyName"_s)->text(), u"Standard"_s);
    QVERIFY(F::messageOf(dialog, u"policyMessage"_s).isEmpty());

    // A harmless edit first: Save comes on.
    F::typeInto(F::child<QLineEdit>(dialog, u"policyName"_s), u"Standard support"_s);
    QVERIFY(save->isEnabled());

    F::typeInto(F::child<QWidget>(dialog, field), typed);
    QVERIFY2(F::messageOf(dialog, u"policyMessage"_s).contains(message),
             qPrintable(F::messageOf(dialog, u"policyMessage"_s)));
    QVERIFY(!save->isEnabled());
    QTest::keySequence(&dialog, QKeySequence::Save);
    QCOMPARE(m_f.policies().policy(m_f.standard())->name, u"Standard"_s); // nothing written
}

void SlaPolicyDialogTest::savesANewPolicy()
{
    QFETCH(QString, backend);
    m_f.open(backend);
    SlaPolicyDialog dialog(m_f.policies(), m_f.calendars());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    F::click(F::child<QPushButton>(dialog, u"policyNew"_s));
    QCOMPARE(F::child<QLabel>(dialog, u"policyTitle"_s)->text(), u"New SLA policy"_s);
    QVERIFY(!F::child<QPushButton>(dialog, u"policySave"_s)->isEnabled()); // no name yet
    QVERIFY(F::messageOf(dialog, u"policyMessage"_s).contains(u"needs a name"_s));

    QTest::keyClicks(F::child<QLineEdit>(dialog, u"policyName"_s), u"Round the clock"_s);
    QTest::keyClicks(F::child<QPlainTextEdit>(dialog, u"policyDescription"_s), u"Servers."_s);
    auto *calendar = F::child<QComboBox>(dialog, u"policyCalendar"_s);
    QCOMPARE(calendar->currentData().toLongLong(), m_f.office()); // offered first
    calendar->setFocus();
    QTest::keyClicks(calendar, u"24"_s);
    QCOMPARE(calendar->currentData().toLongLong(), m_f.always());
    F::typeInto(F::child<QSpinBox>(dialog, u"policyWarning"_s), u"60"_s);
    F::typeInto(F::child<QSpinBox>(dialog, u"policyCritical"_s), u"90"_s);
    F::typeInto(F::child<QDoubleSpinBox>(dialog, u"responseHours_critical"_s), u"0.25"_s);
    F::typeInto(F::child<QDoubleSpinBox>(dialog, u"resolutionHours_critical"_s), u"2.5"_s);
    QCOMPARE(F::child<QLabel>(dialog, u"targetWords_critical"_s)->text(),
             u"%1, then %2"_s.arg(BusinessDuration::text(15), BusinessDuration::text(150)));
    QVERIFY(F::messageOf(dialog, u"policyMessage"_s).isEmpty());
    F::click(F::child<QPushButton>(dialog, u"policySave"_s));

    // Written, listed, selected, and shown as read back.
    const auto policies = m_f.policies().policies();
    QCOMPARE(policies->size(), 2);
    const SlaPolicy saved = policies->first(); // ordered by name
    QCOMPARE(saved.name, u"Round the clock"_s);
    QCOMPARE(saved.description, u"Servers."_s);
    QCOMPARE(saved.calendarId, m_f.always());
    QCOMPARE(saved.warningPercent, 60);
    QCOMPARE(saved.criticalPercent, 90);
    QCOMPARE(saved.target(Priority::Level::Critical), (SlaPolicy::Target{15, 150}));
    QCOMPARE(saved.target(Priority::Level::Normal), SlaPolicy::defaultTargets()[1]);
    QCOMPARE(dialog.list()->currentItem()->text(), u"Round the clock"_s);
    QCOMPARE(F::child<QLabel>(dialog, u"policyTitle"_s)->text(), u"Round the clock"_s);
    QVERIFY(!F::child<QPushButton>(dialog, u"policySave"_s)->isEnabled()); // nothing to save

    // A new dialog reads the same values back, unchanged.
    SlaPolicyDialog again(m_f.policies(), m_f.calendars());
    QVERIFY(F::clickRow(again.list(), u"Round the clock"_s));
    QCOMPARE(F::child<QDoubleSpinBox>(again, u"resolutionHours_critical"_s)->value(), 2.5);
    QCOMPARE(F::child<QSpinBox>(again, u"policyCritical"_s)->value(), 90);
    QCOMPARE(F::child<QComboBox>(again, u"policyCalendar"_s)->currentData().toLongLong(),
             m_f.always());
    QVERIFY(!F::child<QPushButton>(again, u"policySave"_s)->isEnabled());
}

void SlaPolicyDialogTest::refusesADuplicateName()
{
    QFETCH(QString, backend);
    m_f.open(backend);
    SlaPolicyDialog dialog(m_f.policies(), m_f.calendars());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    F::click(F::child<QPushButton>(dialog, u"policyNew"_s));
    QTest::keyClicks(F::child<QLineEdit>(dialog, u"policyName"_s), u"STANDARD"_s);
    F::click(
        F::child<QPushButton>(dialog, u"policySave"_s)); // the form cannot know: the store does
    QCOMPARE(F::messageOf(dialog, u"policyMessage"_s),
             u"Another SLA policy is already named \"STANDARD\"."_s);
    QCOMPARE(F::child<MessageBar>(dialog, u"policyMessage"_s)->kind(), MessageBar::Kind::Error);
    QCOMPARE(m_f.policies().policies()->size(), 1);
    QCOMPARE(F::child<QLineEdit>(dialog, u"policyName"_s)->text(), u"STANDARD"_s); // kept to fix

    // Fixing the name clears the refusal; Ctrl+S saves.
    QTest::keyClicks(F::child<QLineEdit>(dialog, u"policyName"_s), u" 2"_s);
    QVERIFY(F::messageOf(dialog, u"policyMessage"_s).isEmpty());
    QTest::keySequence(&dialog, QKeySequence::Save);
    QCOMPARE(m_f.policies().policies()->size(), 2);
}

void SlaPolicyDialogTest::asksAboutUnsavedEdits()
{
    m_f.open(u"sqlite"_s);
    SlaPolicy other;
    other.name = u"Premium"_s;
    other.calendarId = m_f.always();
    QVERIFY(m_f.policies().createPolicy(other));
    SlaPolicyDialog dialog(m_f.policies(), m_f.calendars());
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    QStringList asked;
    dialog.setAsk([&](const QString &text, QMessageBox::StandardButtons) {
        asked << text;
        return answer;
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(F::clickRow(dialog.list(), u"Standard"_s));
    F::typeInto(F::child<QDoubleSpinBox>(dialog, u"responseHours_low"_s), u"6"_s);

    // Cancel stays on the edited policy.
    QVERIFY(!F::clickRow(dialog.list(), u"Premium"_s));
    QCOMPARE(asked, QStringList{u"\"Standard\" has unsaved changes. Save them now?"_s});
    QCOMPARE(dialog.list()->currentItem()->text(), u"Standard"_s);
    QCOMPARE(F::child<QDoubleSpinBox>(dialog, u"responseHours_low"_s)->value(), 6.0);

    // Save writes, then goes on.
    answer = QMessageBox::Save;
    QVERIFY(F::clickRow(dialog.list(), u"Premium"_s));
    QCOMPARE(m_f.policies().policy(m_f.standard())->target(Priority::Level::Low).responseMinutes,
             360);
    QCOMPARE(F::child<QLineEdit>(dialog, u"policyName"_s)->text(), u"Premium"_s);

    // Closing asks too; Discard drops the edit.
    F::typeInto(F::child<QLineEdit>(dialog, u"policyName"_s), u"Gold"_s);
    answer = QMessageBox::Discard;
    QVERIFY(dialog.close());
    QCOMPARE(asked.size(), 3);
    QCOMPARE(m_f.policies().policies()->first().name, u"Premium"_s);
}

void SlaPolicyDialogTest::duplicatesAndDeletes()
{
    QFETCH(QString, backend);
    m_f.open(backend);
    SlaPolicyDialog dialog(m_f.policies(), m_f.calendars());
    QMessageBox::StandardButton answer = QMessageBox::No;
    QStringList asked;
    dialog.setAsk([&](const QString &text, QMessageBox::StandardButtons) {
        asked << text;
        return answer;
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // A copy is a draft under a free name, written by Save only.
    F::click(F::child<QPushButton>(dialog, u"policyDuplicate"_s));
    QCOMPARE(F::child<QLineEdit>(dialog, u"policyName"_s)->text(), u"Copy of Standard"_s);
    QVERIFY(!F::child<QPushButton>(dialog, u"policyDelete"_s)->isEnabled());
    QCOMPARE(m_f.policies().policies()->size(), 1);
    F::click(F::child<QPushButton>(dialog, u"policySave"_s));
    QCOMPARE(m_f.policies().policies()->size(), 2);
    QCOMPARE(m_f.policies().policies()->first().targets,
             m_f.policies().policy(m_f.standard())->targets);

    // Deleting asks; No keeps the policy.
    QCOMPARE(dialog.list()->currentItem()->text(), u"Copy of Standard"_s);
    F::click(F::child<QPushButton>(dialog, u"policyDelete"_s));
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.first().contains(u"\"Copy of Standard\""_s));
    QCOMPARE(m_f.policies().policies()->size(), 2);
    answer = QMessageBox::Yes;
    F::click(F::child<QPushButton>(dialog, u"policyDelete"_s));
    QCOMPARE(m_f.policies().policies()->size(), 1);
    QCOMPARE(dialog.list()->count(), 1);

    // The store refuses while a service commits to the policy.
    CatalogStore catalog(m_f.database());
    const auto category = catalog.createCategory({0, 0, u"Equipment"_s, {}, {}, 1});
    QVERIFY(category);
    Service service;
    service.categoryId = *category;
    service.name = u"Repair"_s;
    service.slaPolicyId = m_f.standard();
    QVERIFY(catalog.createService(service));
    F::click(F::child<QPushButton>(dialog, u"policyDelete"_s));
    QVERIFY2(F::messageOf(dialog, u"policyMessage"_s).contains(u"cannot be deleted"_s),
             qPrintable(F::messageOf(dialog, u"policyMessage"_s)));
    QCOMPARE(m_f.policies().policies()->size(), 1);
}

void SlaPolicyDialogTest::triesThePolicy()
{
    m_f.open(u"sqlite"_s);
    SlaPolicyDialog dialog(m_f.policies(), m_f.calendars());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(F::child<QLabel>(dialog, u"tryStartZone"_s)->text(), u"Europe/Paris time"_s);
    QCOMPARE(F::child<QComboBox>(dialog, u"tryPriority"_s)->currentText(), u"Normal"_s);

    // Monday 15 June 2026, 17:00 in Paris: one working hour left that day,
    // so 4 business hours end on Tuesday at noon (10:00 UTC, "your time").
    F::typeStart(F::child<QDateTimeEdit>(dialog, u"tryStart"_s), u"202606151700"_s,
                 QDateTime(QDate(2026, 6, 15), QTime(17, 0)));
    const QString due = F::child<QLabel>(dialog, u"tryResponseDue"_s)->text();
    QCOMPARE(due, SlaTimeText::text(F::at(u"2026-06-16T12:00:00+02:00"_s), F::paris()));
    QCOMPARE(due, u"Tue 16 Jun 2026, 12:00 (Europe/Paris) — 10:00 your time"_s);
    QCOMPARE(F::child<QLabel>(dialog, u"tryResponseWarning"_s)->text(),
             SlaTimeText::text(F::at(u"2026-06-16T10:00:00+02:00"_s), F::paris()));
    QCOMPARE(F::child<QLabel>(dialog, u"tryResponseCritical"_s)->text(),
             SlaTimeText::text(F::at(u"2026-06-16T11:12:00+02:00"_s), F::paris()));
    // 16 hours: 1 on Monday, 9 on Tuesday, 6 on Wednesday.
    QCOMPARE(F::child<QLabel>(dialog, u"tryResolutionDue"_s)->text(),
             SlaTimeText::text(F::at(u"2026-06-17T15:00:00+02:00"_s), F::paris()));

    // Unsaved edits count at once: the priority and the target typed.
    auto *priority = F::child<QComboBox>(dialog, u"tryPriority"_s);
    priority->setFocus();
    QTest::keyClicks(priority, u"H"_s);
    QCOMPARE(priority->currentText(), u"High"_s);
    F::typeInto(F::child<QDoubleSpinBox>(dialog, u"responseHours_high"_s), u"0.5"_s);
    QCOMPARE(F::child<QLabel>(dialog, u"tryResponseDue"_s)->text(),
             SlaTimeText::text(F::at(u"2026-06-15T17:30:00+02:00"_s), F::paris()));
    QCOMPARE(F::child<QLabel>(dialog, u"tryResponseWarning"_s)->text(),
             u"Mon 15 Jun 2026, 17:15 (Europe/Paris) — 15:15 your time"_s);

    // In a UTC calendar the user's clock reads the same: said once.
    auto *calendar = F::child<QComboBox>(dialog, u"policyCalendar"_s);
    calendar->setFocus();
    QTest::keyClicks(calendar, u"24"_s);
    QCOMPARE(F::child<QLabel>(dialog, u"tryStartZone"_s)->text(), u"UTC time"_s);
    QCOMPARE(F::child<QLabel>(dialog, u"tryResponseDue"_s)->text(),
             u"Mon 15 Jun 2026, 17:30 (UTC)"_s);

    // A zero target leaves nothing to compute, and says so.
    F::typeInto(F::child<QDoubleSpinBox>(dialog, u"resolutionHours_high"_s), u"0"_s);
    QVERIFY(!F::child<QLabel>(dialog, u"tryResponseDue"_s)->isVisible());
    QVERIFY(F::child<QLabel>(dialog, u"tryProblem"_s)->isVisible());
}

void SlaPolicyDialogTest::screenshots()
{
    // Pictures for reviewing the look; not a check.
    const QString folder = qEnvironmentVariable("KALIAOPS_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("Set KALIAOPS_SCREENSHOT_DIR to save screenshots there.");
    QDir().mkpath(folder);
    const auto english = F::installEnglish();
    m_f.open(u"sqlite"_s);

    SlaPolicyDialog dialog(m_f.policies(), m_f.calendars());
    dialog.resize(1000, 650);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    F::typeStart(F::child<QDateTimeEdit>(dialog, u"tryStart"_s), u"202606151700"_s,
                 QDateTime(QDate(2026, 6, 15), QTime(17, 0)));
    QVERIFY(F::shoot(&dialog, folder + u"/sla-policies.png"_s));
    F::typeInto(F::child<QSpinBox>(dialog, u"policyWarning"_s), u"85"_s);
    QVERIFY(F::shoot(&dialog, folder + u"/sla-policies-problem.png"_s));

    // Without any policy: what to do next.
    QVERIFY(m_f.policies().deletePolicy(m_f.standard()));
    SlaPolicyDialog empty(m_f.policies(), m_f.calendars());
    empty.resize(1000, 650);
    empty.show();
    QVERIFY(QTest::qWaitForWindowExposed(&empty));
    QVERIFY(F::shoot(&empty, folder + u"/sla-policies-empty.png"_s));
}

QTEST_MAIN(SlaPolicyDialogTest)
#include "tst_slapolicydialog.moc"
