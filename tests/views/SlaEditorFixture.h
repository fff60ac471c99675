#pragma once

#include "TestDatabase.h"
#include "sla/CalendarStore.h"
#include "sla/SlaPolicyStore.h"
#include "storage/Database.h"

#include <QTimeZone>
#include <QTranslator>
#include <QWidget>
#include <memory>

class QDateTimeEdit;
class QLineEdit;
class QListWidget;

// What the tests of the SLA editors share: a database with the default
// calendars and the policy "Standard" on "Office hours", and the hands of a
// person typing and clicking in the dialogs.
class SlaEditorFixture
{
public:
    // Settings in test mode (the dialogs remember their geometry), emptied;
    // "your time" is UTC, two hours behind Paris in June.
    static void prepareApplication(const QString &name);

    // Fails the test when the database cannot be set up.
    void open(const QString &backend);
    void close();
    const Database &database() const { return *m_database; }
    CalendarStore &calendars() { return *m_calendars; }
    SlaPolicyStore &policies() { return *m_policies; }
    qint64 office() const { return m_office; }
    qint64 always() const { return m_always; }
    qint64 standard() const { return m_standard; }

    template <typename T> static T *child(const QWidget &root, const QString &name)
    {
        auto *widget = root.findChild<T *>(name);
        if (!widget)
            qWarning("no widget named %s", qPrintable(name));
        return widget;
    }
    // QTest::keyClicks() takes ASCII only: "–" and "é" go as text of their own.
    static void typeText(QWidget *widget, const QString &text);
    // A line edit or a spin box, typed over as a person does.
    static void typeInto(QWidget *field, const QString &text);
    // Types "202606151700" section by section into a "yyyy-MM-dd HH:mm" field.
    static void typeStart(QDateTimeEdit *edit, const QString &digits,
                          const QDateTime &expectedWall);
    static void click(QWidget *button);
    // Clicks the row of that name; true when it is then the current row.
    static bool clickRow(QListWidget *list, const QString &name);
    // The text of a visible MessageBar, empty while it is hidden.
    static QString messageOf(const QWidget &root, const QString &name);

    static QDateTime at(const QString &iso);
    static QTimeZone paris() { return QTimeZone("Europe/Paris"); }

    // Screenshots: plurals read "4 business hours" with the English
    // translation, when the build made it.
    static std::unique_ptr<QTranslator> installEnglish();
    // Lays out what the last edits changed, then saves a picture.
    static bool shoot(QWidget *widget, const QString &path);

private:
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CalendarStore> m_calendars;
    std::unique_ptr<SlaPolicyStore> m_policies;
    qint64 m_office = 0;
    qint64 m_always = 0;
    qint64 m_standard = 0;
};
