#include "RequestFixture.h"
#include "notifications/UndeliveredMail.h"
#include "notifications/UndeliveredMailDialog.h"

#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

// The administrators' list of mails given up on, and sending them again.
class UndeliveredMailTest : public QObject
{
    Q_OBJECT

private slots:
    void sendsSelectedMailsAgain();
};

void UndeliveredMailTest::sendsSelectedMailsAgain()
{
    RequestFixture fixture(u"sqlite"_s);
    QVERIFY(fixture.ok());
    const qint64 lea = fixture.createPerson(u"lea"_s, Person::Role::Requester);
    QVERIFY(fixture.exec(
        u"INSERT INTO notifications (recipient_id, event, subject, body, attempts, last_error, "
        "failed_at) VALUES (?, 'created', 'First', 'Body', 8, 'The mail server answered 550', "
        "'2026-06-15T10:00:00.000Z'), (?, 'created', 'Second', 'Body', 1, "
        "'The recipient has no e-mail address.', '2026-06-15T11:00:00.000Z')"_s,
        {lea, lea}));

    UndeliveredMail mail(fixture.database());
    UndeliveredMailDialog dialog(mail);
    auto *table = dialog.findChild<QTableWidget *>(u"undeliveredTable"_s);
    auto *again = dialog.findChild<QPushButton *>(u"sendAgainButton"_s);
    QVERIFY(table && again);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 2)->text(), u"Second"_s); // newest failure first
    QCOMPARE(table->item(1, 4)->text(), u"The mail server answered 550"_s);
    QVERIFY(!again->isEnabled());

    table->selectRow(1);
    QVERIFY(again->isEnabled());
    QTest::mouseClick(again, Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(fixture.number(u"SELECT COUNT(*) FROM notifications WHERE failed_at IS NULL "
                            "AND attempts = 0 AND subject = 'First'"_s),
             1);
}

QTEST_MAIN(UndeliveredMailTest)
#include "tst_undeliveredmail.moc"
