#include "RequestActors.h"
#include "requests/RequestTimeline.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = RequestTimeline::Kind;
using Visibility = RequestComment::Visibility;

// The story of a request in words, on every backend: each step with who and
// when, the decision's reason and the resolution note, and the comments;
// internal comments and escalations never reach the requester.
class RequestTimelineTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void tellsTheWholeStory_data() { TestDatabase::addBackendColumn(); }
    void tellsTheWholeStory();
    void givesTheRejectionReason_data() { TestDatabase::addBackendColumn(); }
    void givesTheRejectionReason();
    void keepsInternalEntriesInside_data() { TestDatabase::addBackendColumn(); }
    void keepsInternalEntriesInside();
    void refusesStrangers_data() { TestDatabase::addBackendColumn(); }
    void refusesStrangers();

private:
    QList<RequestTimeline::Entry> read(qint64 personId, qint64 request);
    static QList<Kind> kinds(const QList<RequestTimeline::Entry> &entries);

    std::unique_ptr<RequestFixture> m_fixture;
    std::unique_ptr<RequestActors> m_actors;
    qint64 m_manager = 0;
    qint64 m_lea = 0;
    qint64 m_technician = 0;
    qint64 m_stranger = 0;
    qint64 m_approved = 0;
};

void RequestTimelineTest::init()
{
    QFETCH(QString, backend);
    m_fixture = std::make_unique<RequestFixture>(backend);
    QVERIFY(m_fixture->ok());
    m_actors = std::make_unique<RequestActors>(*m_fixture);
    using Role = Person::Role;
    m_manager = m_fixture->createPerson(u"Marc Manager"_s, Role::Requester | Role::Approver);
    m_lea = m_fixture->createPerson(u"Léa"_s, Role::Requester, 0, m_manager);
    m_technician = m_fixture->createPerson(u"Ana Tech"_s, Role::Requester | Role::Technician);
    m_stranger = m_fixture->createPerson(u"Sam"_s, Role::Requester);
    m_approved = m_fixture->createService(u"New PC"_s, m_fixture->policyId(), true);
    QVERIFY(m_manager && m_lea && m_technician && m_stranger && m_approved);
}

void RequestTimelineTest::cleanup()
{
    m_actors.reset();
    m_fixture.reset();
}

QList<RequestTimeline::Entry> RequestTimelineTest::read(qint64 personId, qint64 request)
{
    const auto entries =
        RequestTimeline::read(m_fixture->database(), &m_actors->session(personId), request);
    if (!entries)
        qWarning("timeline refused: %s", qPrintable(entries.error()));
    return entries ? *entries : QList<RequestTimeline::Entry>();
}

QList<Kind> RequestTimelineTest::kinds(const QList<RequestTimeline::Entry> &entries)
{
    QList<Kind> list;
    for (const RequestTimeline::Entry &entry : entries)
        list << entry.kind;
    return list;
}

void RequestTimelineTest::tellsTheWholeStory()
{
    const QDateTime submitted = m_actors->later(0);
    const qint64 request = m_actors->submitAs(m_lea, m_approved);
    const QDateTime approved = m_actors->later(60);
    QVERIFY(m_actors->as(m_manager).approve(request));
    m_actors->later(60);
    QVERIFY(m_actors->as(m_technician).take(request));
    const QDateTime answered = m_actors->later(10);
    QVERIFY(
        m_actors->as(m_technician).addComment(request, u"Which colour?"_s, Visibility::External));
    m_actors->later(10);
    QVERIFY(
        m_actors->as(m_technician).addComment(request, u"Stock is low."_s, Visibility::Internal));
    m_actors->later(10);
    QVERIFY(m_actors->as(m_lea).addComment(request, u"Black, please."_s, Visibility::External));
    m_actors->later(60);
    QVERIFY(m_actors->as(m_technician).complete(request, u"Delivered to your desk."_s));

    const auto story = read(m_lea, request);
    QCOMPARE(kinds(story),
             (QList<Kind>{Kind::Created, Kind::SentForApproval, Kind::Approved, Kind::Taken,
                          Kind::Comment, Kind::Comment, Kind::Completed}));
    QCOMPARE(story.at(0).who, u"Léa"_s);
    QCOMPARE(story.at(0).when, submitted);
    QCOMPARE(story.at(1).text, u"Sent for approval to Marc Manager"_s);
    QCOMPARE(story.at(1).who, QString());
    QCOMPARE(story.at(2).who, u"Marc Manager"_s);
    QCOMPARE(story.at(2).when, approved);
    QCOMPARE(story.at(3).who, u"Ana Tech"_s);
    QCOMPARE(story.at(4).text, u"Which colour?"_s);
    QCOMPARE(story.at(4).when, answered);
    QCOMPARE(story.at(5).who, u"Léa"_s);
    QCOMPARE(story.at(6).text, u"Completed the request: Delivered to your desk."_s);
    for (const RequestTimeline::Entry &entry : story)
        QVERIFY2(!entry.internal && !entry.text.contains(u"Stock"_s), qPrintable(entry.text));

    // The technician reads the internal comment, in its place.
    const auto inside = read(m_technician, request);
    QCOMPARE(inside.size(), story.size() + 1);
    QCOMPARE(inside.at(5).text, u"Stock is low."_s);
    QVERIFY(inside.at(5).internal);
}

void RequestTimelineTest::givesTheRejectionReason()
{
    const qint64 request = m_actors->submitAs(m_lea, m_approved);
    m_actors->later(30);
    QVERIFY(m_actors->as(m_manager).reject(request, u"Your PC is two years old."_s));

    const auto story = read(m_lea, request);
    QCOMPARE(kinds(story), (QList<Kind>{Kind::Created, Kind::SentForApproval, Kind::Rejected}));
    QCOMPARE(story.last().who, u"Marc Manager"_s);
    QCOMPARE(story.last().text, u"Rejected the request: Your PC is two years old."_s);
    // The approver reads the same story.
    QCOMPARE(kinds(read(m_manager, request)), kinds(story));
}

void RequestTimelineTest::keepsInternalEntriesInside()
{
    const qint64 request = m_actors->submitAs(m_lea, m_approved);
    QVERIFY(m_actors->as(m_manager).approve(request));
    m_actors->later(10);
    QVERIFY(m_actors->as(m_technician).addComment(request, u"VIP, hurry."_s, Visibility::Internal));
    QVERIFY(m_fixture->exec(u"INSERT INTO request_events (request_id, kind, detail) "
                            "VALUES (?, 'escalated', '{\"level\":\"warning\"}')"_s,
                            {request}));
    QVERIFY(m_actors->as(m_lea).cancel(request));

    const auto requester = read(m_lea, request);
    QCOMPARE(kinds(requester),
             (QList<Kind>{Kind::Created, Kind::SentForApproval, Kind::Approved, Kind::Cancelled}));
    QCOMPARE(kinds(read(m_manager, request)), kinds(requester));

    const auto technician = read(m_technician, request);
    QCOMPARE(technician.size(), requester.size() + 2);
    int internal = 0;
    for (const RequestTimeline::Entry &entry : technician) {
        if (entry.kind == Kind::Escalated)
            QCOMPARE(entry.text, u"Escalated: Warning"_s);
        internal += entry.internal ? 1 : 0;
    }
    QCOMPARE(internal, 2);
}

void RequestTimelineTest::refusesStrangers()
{
    const qint64 request = m_actors->submitAs(m_lea, m_approved);
    const auto refused =
        RequestTimeline::read(m_fixture->database(), &m_actors->session(m_stranger), request);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(RequestStore::trackingNumberFor(request)),
             qPrintable(refused.error()));
    const Session nobody;
    QVERIFY(!RequestTimeline::read(m_fixture->database(), &nobody, request));
    QVERIFY(!RequestTimeline::read(m_fixture->database(), &m_actors->session(m_lea), 9999));
}

QTEST_GUILESS_MAIN(RequestTimelineTest)
#include "tst_requesttimeline.moc"
