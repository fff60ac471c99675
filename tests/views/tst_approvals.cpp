#include "RequestViewFixture.h"
#include "common/EmptyState.h"
#include "common/MessageBar.h"
#include "forms/FormAnswerView.h"
#include "requests/ApprovalInbox.h"
#include "requests/ApprovalsView.h"
#include "requests/MyRequestsView.h"
#include "requests/RejectDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

// "My approvals" as an approver uses it, offscreen: what waits, oldest
// first, with its answers; Approve; Reject with a required reason; a
// request changed meanwhile refused; and the requester then reading the
// decision and the reason in their timeline.
class ApprovalsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void approvesAndRejectsWithAReason_data() { TestDatabase::addBackendColumn(); }
    void approvesAndRejectsWithAReason();
    void refusesARequestChangedMeanwhile_data() { TestDatabase::addBackendColumn(); }
    void refusesARequestChangedMeanwhile();
    void saysWhenNothingWaits_data() { TestDatabase::addBackendColumn(); }
    void saysWhenNothingWaits();
    void screenshot();

private:
    ApprovalsView &openApprovals(qint64 personId);
    template <typename T> static T *child(QWidget *parent, const QString &name);
    QStringList numbers() const;
    RejectDialog *reject();

    std::unique_ptr<RequestViewFixture> m_fixture;
    std::unique_ptr<ApprovalsView> m_view;
};

void ApprovalsTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void ApprovalsTest::init()
{
    if (qstrcmp(QTest::currentTestFunction(), "screenshot") == 0)
        return;
    QFETCH(QString, backend);
    m_fixture = std::make_unique<RequestViewFixture>(backend);
    QVERIFY(m_fixture->ok());
}

void ApprovalsTest::cleanup()
{
    m_view.reset();
    m_fixture.reset();
}

ApprovalsView &ApprovalsTest::openApprovals(qint64 personId)
{
    RequestActors &actors = m_fixture->actors();
    m_view = std::make_unique<ApprovalsView>(m_fixture->base().database(), m_fixture->store(),
                                             actors.as(personId), m_fixture->people(),
                                             &actors.session(personId));
    m_view->resize(1200, 800);
    m_view->show();
    if (!QTest::qWaitForWindowExposed(m_view.get()))
        qWarning("the view was not exposed");
    return *m_view;
}

template <typename T> T *ApprovalsTest::child(QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no child named %s", qPrintable(name));
    return found;
}

QStringList ApprovalsTest::numbers() const
{
    const QTableView *table = child<QTableView>(m_view.get(), u"approvalTable"_s);
    QStringList values;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        values << table->model()->index(row, ApprovalInbox::TrackingColumn).data().toString();
    return values;
}

// Clicks Reject and returns the dialog it opens.
RejectDialog *ApprovalsTest::reject()
{
    RequestViewFixture::click(child<QPushButton>(m_view.get(), u"rejectButton"_s));
    RejectDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] {
            dialog = m_view->findChild<RejectDialog *>();
            return dialog && dialog->isVisible();
        }))
        qFatal("Reject opened no dialog");
    return dialog;
}

void ApprovalsTest::approvesAndRejectsWithAReason()
{
    const qint64 first = m_fixture->submitPc(m_fixture->lea, u"Mine is broken."_s);
    const qint64 second = m_fixture->submitPc(m_fixture->lea, u"One for the intern."_s);
    const qint64 third = m_fixture->submitPc(m_fixture->lea, u"A spare one."_s);
    QVERIFY(m_fixture->submitReset(m_fixture->lea)); // no approval needed
    openApprovals(m_fixture->marc);
    const auto track = [](qint64 id) {
        return RequestStore::trackingNumberFor(id);
    };
    QCOMPARE(numbers(), (QStringList{track(first), track(second), track(third)}));

    // The oldest is selected, with its answers and what waiting costs.
    auto *title = child<QLabel>(m_view.get(), u"approvalTitle"_s);
    QCOMPARE(title->text(), track(first) + u" · New PC"_s);
    QVERIFY(child<QLabel>(m_view.get(), u"approvalRequester"_s)->text().contains(u"Lea"_s));
    QVERIFY(child<QLabel>(m_view.get(), u"approvalCommitment"_s)->text().contains(u"within"_s));
    auto *answers = child<FormAnswerView>(m_view.get(), u"formAnswerView"_s);
    QVERIFY2(answers->plainText().contains(u"Justification: Mine is broken."_s),
             qPrintable(answers->plainText()));

    RequestViewFixture::click(child<QPushButton>(m_view.get(), u"approveButton"_s));
    QCOMPARE(numbers(), (QStringList{track(second), track(third)}));
    QCOMPARE(child<QLabel>(m_view.get(), u"decisionOutcome"_s)->text(),
             track(first) + u" is approved; Lea is told."_s);
    QCOMPARE(title->text(), track(second) + u" · New PC"_s);

    // Reject: the reason is required.
    RequestViewFixture::clickRow(child<QTableView>(m_view.get(), u"approvalTable"_s), 1);
    QCOMPARE(title->text(), track(third) + u" · New PC"_s);
    RejectDialog *dialog = reject();
    QPushButton *ok = child<QDialogButtonBox>(dialog, {})->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    auto *reason = child<QPlainTextEdit>(dialog, u"rejectReasonEdit"_s);
    QTest::keyClicks(reason, u"  "_s);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(reason, u"We have spares in stock."_s);
    QVERIFY(ok->isEnabled());
    RequestViewFixture::click(ok);
    QTRY_COMPARE(numbers(), QStringList{track(second)});
    QCOMPARE(m_fixture->base().number(u"SELECT COUNT(*) FROM service_requests "
                                      "WHERE status = 'rejected' AND id = ?"_s,
                                      {third}),
             1);

    // Lea reads both decisions, and the reason.
    RequestActors &actors = m_fixture->actors();
    MyRequestsView mine(m_fixture->base().database(), m_fixture->store(), actors.as(m_fixture->lea),
                        m_fixture->people(), &actors.session(m_fixture->lea));
    mine.resize(1200, 800);
    mine.show();
    QVERIFY(mine.showRequest(third));
    const auto timeline = [&] {
        return child<QTextBrowser>(&mine, u"timeline"_s)->toPlainText();
    };
    QVERIFY2(timeline().contains(u"Rejected the request: We have spares in stock."_s),
             qPrintable(timeline()));
    QVERIFY(timeline().contains(u"Marc"_s));
    QCOMPARE(child<QLabel>(&mine, u"requestStatus"_s)->text(), u"Rejected"_s);
    QVERIFY(mine.showRequest(first));
    QVERIFY(timeline().contains(u"Approved the request"_s));
    QCOMPARE(child<QLabel>(&mine, u"requestStatus"_s)->text(), u"Approved"_s);
}

void ApprovalsTest::refusesARequestChangedMeanwhile()
{
    const qint64 first = m_fixture->submitPc(m_fixture->lea, u"Mine is broken."_s);
    const qint64 second = m_fixture->submitPc(m_fixture->lea, u"A second one."_s);
    openApprovals(m_fixture->marc);
    QCOMPARE(numbers().size(), 2);

    // Lea withdraws the first while Marc reads it.
    QVERIFY(m_fixture->actors().as(m_fixture->lea).cancel(first));
    RequestViewFixture::click(child<QPushButton>(m_view.get(), u"approveButton"_s));
    auto *message = child<MessageBar>(m_view.get(), u"approvalMessage"_s);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"changed since you opened it"_s),
             qPrintable(message->text()));
    QVERIFY2(message->text().contains(u"Lea"_s), qPrintable(message->text()));
    QCOMPARE(numbers(), QStringList{RequestStore::trackingNumberFor(second)});
    QCOMPARE(m_fixture->base().number(u"SELECT COUNT(*) FROM service_requests "
                                      "WHERE status = 'approved'"_s),
             0);

    // A rejection against a version read before a change is refused too.
    QVERIFY(m_fixture->base().exec(
        u"UPDATE service_requests SET row_version = row_version + 1 WHERE id = ?"_s, {second}));
    RejectDialog *dialog = reject();
    QTest::keyClicks(child<QPlainTextEdit>(dialog, u"rejectReasonEdit"_s), u"No budget."_s);
    RequestViewFixture::click(child<QDialogButtonBox>(dialog, {})->button(QDialogButtonBox::Ok));
    QTRY_VERIFY(message->text().contains(RequestStore::trackingNumberFor(second)));
    QCOMPARE(numbers(), QStringList{RequestStore::trackingNumberFor(second)});

    // Read again, the decision goes through.
    RequestViewFixture::click(child<QPushButton>(m_view.get(), u"approveButton"_s));
    QVERIFY(!message->isVisible());
    QVERIFY(numbers().isEmpty());
}

void ApprovalsTest::saysWhenNothingWaits()
{
    QVERIFY(m_fixture->submitPc(m_fixture->lea, u"For Marc, not Sam."_s));
    openApprovals(m_fixture->sam);
    auto *placeholder = child<EmptyState>(m_view.get(), u"approvalsPlaceholder"_s);
    QVERIFY(placeholder->isVisible());
    QCOMPARE(placeholder->title(), u"Nothing waits for your decision"_s);
    QVERIFY(!child<QPushButton>(m_view.get(), u"approveButton"_s)->isVisible());
}

void ApprovalsTest::screenshot()
{
    // A picture for the README and for reviewing the look; not a check.
    const QString folder = qEnvironmentVariable("KALIAOPS_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("Set KALIAOPS_SCREENSHOT_DIR to save screenshots there.");
    QDir().mkpath(folder);
    const auto english = RequestViewFixture::installEnglish();
    m_fixture = std::make_unique<RequestViewFixture>(u"sqlite"_s);
    QVERIFY(m_fixture->ok());
    QVERIFY(m_fixture->tellAStory());
    openApprovals(m_fixture->marc);
    QVERIFY(RequestViewFixture::shoot(m_view.get(), folder + u"/approvals.png"_s));
    RejectDialog *dialog = reject();
    QVERIFY(RequestViewFixture::shoot(dialog, folder + u"/approvals-reject.png"_s));
}

QTEST_MAIN(ApprovalsTest)
#include "tst_approvals.moc"
