#include "SlaEditorFixture.h"

#include "common/MessageBar.h"

#include <QAbstractSpinBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

void SlaEditorFixture::prepareApplication(const QString &name)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"KaliaOpsTests"_s);
    QCoreApplication::setApplicationName(name);
    QSettings().clear();
    qputenv("TZ", "UTC");
}

void SlaEditorFixture::open(const QString &backend)
{
    m_test = std::make_unique<TestDatabase>(backend);
    m_database = m_test->open();
    QVERIFY(m_database);
    QVERIFY(CalendarStore::ensureDefaults(*m_database, 2026));
    m_calendars = std::make_unique<CalendarStore>(*m_database);
    m_policies = std::make_unique<SlaPolicyStore>(*m_database);
    m_office = m_calendars->calendarNamed(BusinessCalendar::officeHoursName())->id();
    m_always = m_calendars->calendarNamed(BusinessCalendar::alwaysOpenName())->id();
    SlaPolicy standard;
    standard.name = u"Standard"_s;
    standard.calendarId = m_office;
    const auto created = m_policies->createPolicy(standard);
    QVERIFY2(created, qPrintable(created.error()));
    m_standard = *created;
}

void SlaEditorFixture::close()
{
    m_policies.reset();
    m_calendars.reset();
    m_database.reset();
    m_test.reset();
}

void SlaEditorFixture::typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), {});
    }
}

void SlaEditorFixture::typeInto(QWidget *field, const QString &text)
{
    QVERIFY(field);
    if (auto *edit = qobject_cast<QLineEdit *>(field)) {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        typeText(edit, text);
        return;
    }
    auto *box = qobject_cast<QAbstractSpinBox *>(field);
    QVERIFY(box);
    box->setFocus();
    box->selectAll(); // the number, without its suffix
    QTest::keyClick(box, Qt::Key_Delete);
    QTest::keyClicks(box, text);
}

void SlaEditorFixture::typeStart(QDateTimeEdit *edit, const QString &digits,
                                 const QDateTime &expectedWall)
{
    QVERIFY(edit);
    edit->setFocus();
    edit->setSelectedSection(QDateTimeEdit::YearSection);
    QTest::keyClicks(edit, digits);
    QCOMPARE(edit->dateTime().date(), expectedWall.date());
    QCOMPARE(edit->dateTime().time(), expectedWall.time());
}

void SlaEditorFixture::click(QWidget *button)
{
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

bool SlaEditorFixture::clickRow(QListWidget *list, const QString &name)
{
    const auto found = list->findItems(name, Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    list->scrollToItem(found.first());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(found.first()).center());
    return list->currentItem() && list->currentItem()->text() == name;
}

QString SlaEditorFixture::messageOf(const QWidget &root, const QString &name)
{
    const auto *bar = child<MessageBar>(root, name);
    return bar && !bar->isHidden() ? bar->text() : QString();
}

QDateTime SlaEditorFixture::at(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

std::unique_ptr<QTranslator> SlaEditorFixture::installEnglish()
{
    auto english = std::make_unique<QTranslator>();
    if (english->load(QCoreApplication::applicationDirPath() + u"/../../kaliaops_en.qm"_s))
        QCoreApplication::installTranslator(english.get());
    return english;
}

bool SlaEditorFixture::shoot(QWidget *widget, const QString &path)
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    return widget->grab().save(path);
}
