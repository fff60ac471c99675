#include "RequestFixture.h"
#include "SmtpSink.h"
#include "notifications/MimeMessage.h"
#include "notifications/NotificationDispatcher.h"
#include "notifications/UndeliveredMail.h"
#include "storage/SqlValue.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

const QDateTime monday = RequestFixture::at(u"2026-06-15T10:00:00+02:00"_s);

} // namespace

// Notifications by e-mail, through a real SMTP server on loopback: proper
// MIME with UTF-8 intact, nothing lost while the server is down, permanent
// failures kept for administrators, and nothing sent twice by two
// dispatchers at once.
class NotificationsTest : public QObject
{
    Q_OBJECT

private slots:
    void encodesHeaders_data();
    void encodesHeaders();

    void init();
    void cleanup();
    void deliversInTheRecipientsLanguage_data() { TestDatabase::addBackendColumn(); }
    void deliversInTheRecipientsLanguage();
    void keepsMailWhileTheServerIsDown_data() { TestDatabase::addBackendColumn(); }
    void keepsMailWhileTheServerIsDown();
    void givesUpOnPermanentFailures_data() { TestDatabase::addBackendColumn(); }
    void givesUpOnPermanentFailures();
    void twoDispatchersNeverSendTwice();

private:
    MailSettings settings() const;
    qint64 pending() const;

    std::unique_ptr<RequestFixture> m_fixture;
    std::unique_ptr<SmtpSink> m_sink;
    qint64 m_requester = 0;
    qint64 m_service = 0;
};

void NotificationsTest::encodesHeaders_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("plain ASCII stays") << u"[REQ-000001] Done"_s << QByteArray("[REQ-000001] Done");
    QTest::newRow("accents as one word")
        << u"Demande reçue"_s << QByteArray("=?UTF-8?B?RGVtYW5kZSByZcOndWU=?=");
    QTest::newRow("long text cut between characters")
        << u"ééééééééééééééééééééééé"_s
        << QByteArray("=?UTF-8?B?w6nDqcOpw6nDqcOpw6nDqcOpw6nDqcOpw6nDqcOpw6nDqcOpw6nDqQ==?=\r\n"
                      " =?UTF-8?B?w6nDqcOp?=");
}

void NotificationsTest::encodesHeaders()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, encoded);
    QCOMPARE(MimeMessage::encodeHeader(text), encoded);
}

void NotificationsTest::init()
{
    if (qstrcmp(QTest::currentTestFunction(), "encodesHeaders") == 0)
        return;
    QString backend = u"postgresql"_s;
    if (QTest::currentDataTag())
        backend = QString::fromLatin1(QTest::currentDataTag());
    else if (!TestDatabase::postgresAvailable())
        QSKIP("Two dispatchers race on PostgreSQL only: KALIAOPS_TEST_PG is not set.");
    m_fixture = std::make_unique<RequestFixture>(backend);
    QVERIFY(m_fixture->ok());
    m_requester = m_fixture->createPerson(u"lea"_s, Person::Role::Requester);
    QVERIFY(m_fixture->exec(u"UPDATE people SET email = 'lea.martin@example.com', "
                            "display_name = 'Léa Martin', language = 'fr' WHERE id = ?"_s,
                            {m_requester}));
    m_service = m_fixture->createService(u"Accès VPN"_s, 0);
    m_sink = std::make_unique<SmtpSink>();
}

void NotificationsTest::cleanup()
{
    m_sink.reset();
    m_fixture.reset();
}

MailSettings NotificationsTest::settings() const
{
    MailSettings mail;
    mail.host = u"127.0.0.1"_s;
    mail.port = m_sink->port();
    mail.security = MailSettings::Security::None;
    mail.senderAddress = u"itsm@example.com"_s;
    mail.senderName = u"Service informatique"_s;
    return mail;
}

qint64 NotificationsTest::pending() const
{
    return m_fixture->number(
        u"SELECT COUNT(*) FROM notifications WHERE sent_at IS NULL AND failed_at IS NULL"_s);
}

void NotificationsTest::deliversInTheRecipientsLanguage()
{
    const Session lea = m_fixture->sessionOf(m_requester);
    m_fixture->requests().setSession(&lea);
    QVERIFY(m_fixture->submit(m_service, monday) > 0);
    QVERIFY(m_sink->start());

    const auto report = NotificationDispatcher(m_fixture->database(), settings()).run(monday);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->sent, 1);

    const QList<QJsonObject> received = m_sink->messages();
    QCOMPARE(received.size(), 1);
    const QJsonObject mail = received.first();
    QCOMPARE(mail[u"rcpt_tos"_s].toArray(), QJsonArray{u"lea.martin@example.com"_s});
    QCOMPARE(mail[u"to"_s].toString(), u"Léa Martin <lea.martin@example.com>"_s);
    QCOMPARE(mail[u"from"_s].toString(), u"Service informatique <itsm@example.com>"_s);
    QCOMPARE(mail[u"subject"_s].toString(), u"[REQ-000001] Demande reçue\u00a0: Accès VPN"_s);
    QCOMPARE(mail[u"content_type"_s].toString(), u"text/plain"_s);
    QCOMPARE(mail[u"charset"_s].toString(), u"utf-8"_s);
    QVERIFY2(mail[u"body"_s].toString().contains(
                 u"Votre demande «\u00a0Accès VPN\u00a0» est enregistrée sous le numéro "
                 "REQ-000001."_s),
             qPrintable(mail[u"body"_s].toString()));
    QCOMPARE(pending(), 0);
}

void NotificationsTest::keepsMailWhileTheServerIsDown()
{
    const Session lea = m_fixture->sessionOf(m_requester);
    m_fixture->requests().setSession(&lea);
    QVERIFY(m_fixture->submit(m_service, monday) > 0);
    const NotificationDispatcher dispatcher(m_fixture->database(), settings());

    // Nothing listens on the port: kept, and tried again a minute later.
    const auto down = dispatcher.run(monday);
    QVERIFY(down);
    QCOMPARE(down->retried, 1);
    QCOMPARE(pending(), 1);
    QCOMPARE(m_fixture->number(u"SELECT attempts FROM notifications"_s), 1);
    QCOMPARE(*dispatcher.run(monday.addSecs(30)), NotificationDispatcher::Report{});

    QVERIFY(m_sink->start());
    const auto up = dispatcher.run(monday.addSecs(61));
    QVERIFY(up);
    QCOMPARE(up->sent, 1);
    QCOMPARE(m_sink->messages().size(), 1);
    QCOMPARE(pending(), 0);
    QCOMPARE(dispatcher.run(monday.addSecs(3600))->sent, 0);
    QCOMPARE(m_sink->messages().size(), 1);
}

void NotificationsTest::givesUpOnPermanentFailures()
{
    QVERIFY(m_fixture->exec(u"UPDATE people SET email = '' WHERE id = ?"_s, {m_requester}));
    const Session lea = m_fixture->sessionOf(m_requester);
    m_fixture->requests().setSession(&lea);
    QVERIFY(m_fixture->submit(m_service, monday) > 0);
    QVERIFY(m_sink->start());

    QCOMPARE(NotificationDispatcher(m_fixture->database(), settings()).run(monday)->failed, 1);
    QCOMPARE(m_fixture->number(u"SELECT COUNT(*) FROM notifications WHERE failed_at IS NOT NULL "
                               "AND last_error LIKE '%e-mail address%'"_s),
             1);
    QCOMPARE(m_sink->messages().size(), 0);

    // Administrators see why, and send it again once the address is fixed.
    UndeliveredMail undelivered(m_fixture->database());
    const auto failed = undelivered.list();
    QVERIFY(failed);
    QCOMPARE(failed->size(), 1);
    QVERIFY(failed->first().recipient.contains(u"no e-mail address"_s));
    QVERIFY(failed->first().lastError.contains(u"no e-mail address"_s));
    QVERIFY(m_fixture->exec(u"UPDATE people SET email = 'lea@example.com' WHERE id = ?"_s,
                            {m_requester}));
    QVERIFY(undelivered.retry({failed->first().id}, monday.addSecs(60)));
    QCOMPARE(undelivered.count(), 0);
    QCOMPARE(
        NotificationDispatcher(m_fixture->database(), settings()).run(monday.addSecs(60))->sent, 1);
    QCOMPARE(m_sink->messages().size(), 1);
    QCOMPARE(NotificationDispatcher::backOff(1), std::chrono::minutes(1));
    QCOMPARE(NotificationDispatcher::backOff(4), std::chrono::minutes(8));
    QCOMPARE(NotificationDispatcher::backOff(20), std::chrono::minutes(120));
}

void NotificationsTest::twoDispatchersNeverSendTwice()
{
    QVERIFY(m_fixture->exec(
        u"INSERT INTO notifications (recipient_id, event, subject, body, next_attempt_at) "
        "SELECT ?, 'created', 'Message ' || n, 'Body', ? FROM generate_series(1, 120) AS n"_s,
        {m_requester, SqlValue::time(monday)}));
    QVERIFY(m_sink->start());

    const DatabaseUrl url = m_fixture->database().url();
    const MailSettings mail = settings();
    QAtomicInt sent;
    const auto dispatch = [&] {
        Database connection;
        QString error;
        if (!connection.open(url, &error))
            return;
        if (const auto report = NotificationDispatcher(connection, mail).run(monday, 5))
            sent.fetchAndAddOrdered(report->sent);
    };
    std::unique_ptr<QThread> one(QThread::create(dispatch));
    std::unique_ptr<QThread> two(QThread::create(dispatch));
    one->start();
    two->start();
    QVERIFY(one->wait(120000) && two->wait(120000));

    QCOMPARE(sent.loadRelaxed(), 120);
    QSet<QString> subjects;
    for (const QJsonObject &message : m_sink->messages())
        subjects.insert(message[u"subject"_s].toString());
    QCOMPARE(m_sink->messages().size(), 120);
    QCOMPARE(subjects.size(), 120);
}

QTEST_GUILESS_MAIN(NotificationsTest)
#include "tst_notifications.moc"
