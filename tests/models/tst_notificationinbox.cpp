#include "RequestFixture.h"
#include "notifications/NotificationInbox.h"
#include "storage/SqlValue.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The in-program list of a person's notifications and its unread count.
class NotificationInboxTest : public QObject
{
    Q_OBJECT

private slots:
    void listsAndCountsOnePersonsNotifications_data() { TestDatabase::addBackendColumn(); }
    void listsAndCountsOnePersonsNotifications();
};

void NotificationInboxTest::listsAndCountsOnePersonsNotifications()
{
    QFETCH(QString, backend);
    RequestFixture fixture(backend);
    QVERIFY(fixture.ok());
    const qint64 lea = fixture.createPerson(u"lea"_s, Person::Role::Requester);
    const qint64 marc = fixture.createPerson(u"marc"_s, Person::Role::Requester);
    // 120 for Léa, a few minutes apart; 3 for Marc.
    QVERIFY(fixture.exec(
        u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 120) "
        "INSERT INTO notifications (recipient_id, event, subject, body, created_at) "
        "SELECT ?, 'created', 'Message ' || i, 'Body', ? FROM n"_s,
        {lea, SqlValue::time(RequestFixture::at(u"2026-06-15T10:00:00Z"_s))}));
    QVERIFY(
        fixture.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3) "
                     "INSERT INTO notifications (recipient_id, event, subject, body) "
                     "SELECT ?, 'created', 'For Marc', 'Body' FROM n"_s,
                     {marc}));

    NotificationInbox inbox(fixture.database());
    QAbstractItemModelTester tester(&inbox, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy unread(&inbox, &NotificationInbox::unreadCountChanged);
    inbox.setRecipient(lea);
    QCOMPARE(inbox.unreadCount(), 120);
    QCOMPARE(unread.size(), 1);
    QCOMPARE(inbox.rowCount(), NotificationInbox::pageSize);
    while (inbox.canFetchMore({}))
        inbox.fetchMore({});
    QCOMPARE(inbox.rowCount(), 120);
    for (int row = 0; row < inbox.rowCount(); ++row)
        QVERIFY(inbox.index(row)
                    .data(NotificationInbox::SubjectRole)
                    .toString()
                    .startsWith(u"Message "_s));

    const qint64 first = inbox.index(0).data(NotificationInbox::IdRole).toLongLong();
    QVERIFY(inbox.markRead(first));
    QCOMPARE(inbox.unreadCount(), 119);
    QVERIFY(inbox.index(0).data(NotificationInbox::ReadRole).toBool());
    QVERIFY(inbox.markAllRead());
    QCOMPARE(inbox.unreadCount(), 0);

    // Marc's stay unread: nobody marks another person's notifications.
    inbox.setRecipient(marc);
    QCOMPARE(inbox.unreadCount(), 3);
    QCOMPARE(inbox.rowCount(), 3);
}

QTEST_GUILESS_MAIN(NotificationInboxTest)
#include "tst_notificationinbox.moc"
