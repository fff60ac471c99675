#include "TestDatabase.h"
#include "people/PeopleStore.h"
#include "people/SessionStart.h"
#include "storage/Database.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Whom the program signs in as at start, in single-seat mode.
class SessionStartTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createsAnAdministratorOnFirstStart_data() { TestDatabase::addBackendColumn(); }
    void createsAnAdministratorOnFirstStart();
    void remembersTheLastPerson_data() { TestDatabase::addBackendColumn(); }
    void remembersTheLastPerson();
    void skipsPeopleWhoLeft_data() { TestDatabase::addBackendColumn(); }
    void skipsPeopleWhoLeft();

private:
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<Database> m_database;
};

void SessionStartTest::init()
{
    QFETCH(QString, backend);
    m_test = std::make_unique<TestDatabase>(backend);
    m_database = m_test->open();
    QVERIFY(m_database);
}

void SessionStartTest::cleanup()
{
    m_database.reset();
    m_test.reset();
}

void SessionStartTest::createsAnAdministratorOnFirstStart()
{
    const auto first = SessionStart::choose(*m_database, 0, u"lmartin"_s, u"Léa Martin"_s);
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(first->login, u"lmartin"_s);
    QCOMPARE(first->displayName, u"Léa Martin"_s);
    for (const Person::Role role : Person::allRoles())
        QVERIFY(first->roles.testFlag(role));

    // The next start finds the same person, and creates nobody.
    const auto again = SessionStart::choose(*m_database, 0, u"lmartin"_s, u"Léa Martin"_s);
    QCOMPARE(again->id, first->id);
    QCOMPARE(PeopleStore(*m_database).people()->size(), 1);
}

void SessionStartTest::remembersTheLastPerson()
{
    Person marc;
    marc.login = u"mdubois"_s;
    marc.displayName = u"Marc Dubois"_s;
    const qint64 id = *PeopleStore(*m_database).createPerson(marc);
    const auto chosen = SessionStart::choose(*m_database, id, u"lmartin"_s, u"Léa"_s);
    QCOMPARE(chosen->id, id);
    QCOMPARE(PeopleStore(*m_database).people()->size(), 1);
}

void SessionStartTest::skipsPeopleWhoLeft()
{
    Person gone;
    gone.login = u"gone"_s;
    gone.displayName = u"Gone"_s;
    gone.active = false;
    const qint64 id = *PeopleStore(*m_database).createPerson(gone);
    const auto chosen = SessionStart::choose(*m_database, id, u"lmartin"_s, QString());
    QVERIFY(chosen);
    QCOMPARE(chosen->login, u"lmartin"_s);
    QCOMPARE(chosen->displayName, u"lmartin"_s);
}

QTEST_GUILESS_MAIN(SessionStartTest)
#include "tst_sessionstart.moc"
