#include "RequestViewFixture.h"
#include "common/EmptyState.h"
#include "common/MessageBar.h"
#include "forms/FormAnswerView.h"
#include "requests/MyRequestsModel.h"
#include "requests/MyRequestsView.h"
#include "requests/RequestDetailView.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using Visibility = RequestComment::Visibility;

// "My requests" as a requester uses it, offscreen: only their requests, the
// detail with answers, timeline and external comments, a reply, attachments
// opened and saved, cancelling what is not in progress, filters and sorts.
class MyRequestsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsOnlyMyRequests_data() { TestDatabase::addBackendColumn(); }
    void listsOnlyMyRequests();
    void showsAnswersTimelineAndExternalComments_data() { TestDatabase::addBackendColumn(); }
    void showsAnswersTimelineAndExternalComments();
    void repliesToTheTechnician_data() { TestDatabase::addBackendColumn(); }
    void repliesToTheTechnician();
    void cancelsAPendingRequest_data() { TestDatabase::addBackendColumn(); }
    void cancelsAPendingRequest();
    void cannotCancelWhatIsInProgress_data() { TestDatabase::addBackendColumn(); }
    void cannotCancelWhatIsInProgress();
    void opensAndSavesAttachments_data() { TestDatabase::addBackendColumn(); }
    void opensAndSavesAttachments();
    void filtersSortsAndShowsARequest_data() { TestDatabase::addBackendColumn(); }
    void filtersSortsAndShowsARequest();
    void screenshot();

private:
    MyRequestsView &open(qint64 personId);
    template <typename T> T *child(const QString &name) const;
    QString labelText(const QString &name) const { return child<QLabel>(name)->text(); }
    QString timelineText() const { return child<QTextBrowser>(u"timeline"_s)->toPlainText(); }
    QStringList column(int column) const;

    std::unique_ptr<RequestViewFixture> m_fixture;
    std::unique_ptr<MyRequestsView> m_view;
};

void MyRequestsTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void MyRequestsTest::init()
{
    if (qstrcmp(QTest::currentTestFunction(), "screenshot") == 0)
        return;
    QFETCH(QString, backend);
    m_fixture = std::make_unique<RequestViewFixture>(backend);
    QVERIFY(m_fixture->ok());
}

void MyRequestsTest::cleanup()
{
    m_view.reset();
    m_fixture.reset();
}

MyRequestsView &MyRequestsTest::open(qint64 personId)
{
    RequestActors &actors = m_fixture->actors();
    m_view = std::make_unique<MyRequestsView>(m_fixture->base().database(), m_fixture->store(),
                                              actors.as(personId), m_fixture->people(),
                                              &actors.session(personId));
    m_view->resize(1200, 800);
    m_view->show();
    if (!QTest::qWaitForWindowExposed(m_view.get()))
        qWarning("the view was not exposed");
    return *m_view;
}

template <typename T> T *MyRequestsTest::child(const QString &name) const
{
    T *found = m_view->findChild<T *>(name);
    if (!found)
        qFatal("no child named %s", qPrintable(name));
    return found;
}

QStringList MyRequestsTest::column(int column) const
{
    const QTableView *table = child<QTableView>(u"requestTable"_s);
    QStringList values;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        values << table->model()->index(row, column).data().toString();
    return values;
}

void MyRequestsTest::listsOnlyMyRequests()
{
    const qint64 pc = m_fixture->submitPc(m_fixture->lea, u"Mine is broken."_s);
    QVERIFY(m_fixture->submitPc(m_fixture->sam, u"Sam's, not Lea's."_s));
    const qint64 reset = m_fixture->submitReset(m_fixture->lea);
    open(m_fixture->lea);

    QCOMPARE(column(0), (QStringList{RequestStore::trackingNumberFor(reset),
                                     RequestStore::trackingNumberFor(pc)}));
    QCOMPARE(column(2), (QStringList{u"New"_s, u"Waiting for approval"_s}));
    QVERIFY(child<EmptyState>(u"myRequestsPlaceholder"_s)->isHidden());
    // Nothing selected yet: the detail says what to do.
    QVERIFY(child<QWidget>(u"requestDetailEmpty"_s)->isVisible());

    // A request submitted while the list is open appears at the top.
    const qint64 later = m_fixture->submitReset(m_fixture->lea);
    QCOMPARE(column(0).first(), RequestStore::trackingNumberFor(later));
}

void MyRequestsTest::showsAnswersTimelineAndExternalComments()
{
    RequestActors &actors = m_fixture->actors();
    const qint64 pc = m_fixture->submitPc(m_fixture->lea, u"Mine is six years old."_s);
    QVERIFY(actors.as(m_fixture->marc).approve(pc));
    actors.later(30);
    QVERIFY(actors.as(m_fixture->ana).take(pc));
    actors.later(30);
    QVERIFY(actors.as(m_fixture->ana)
                .addComment(pc, u"Which keyboard layout?"_s, Visibility::External));
    QVERIFY(actors.as(m_fixture->ana)
                .addComment(pc, u"Her manager said no last year."_s, Visibility::Internal));
    open(m_fixture->lea);
    RequestViewFixture::clickRow(child<QTableView>(u"requestTable"_s), 0);

    QCOMPARE(labelText(u"requestTitle"_s), RequestStore::trackingNumberFor(pc));
    QCOMPARE(labelText(u"requestStatus"_s), u"In progress"_s);
    QVERIFY(labelText(u"requestService"_s).startsWith(u"New PC"_s));
    QVERIFY(!child<QLabel>(u"slaText"_s)->text().isEmpty());

    const QString timeline = timelineText();
    for (const QString &step :
         {u"Submitted the request"_s, u"Sent for approval to Marc"_s, u"Approved the request"_s,
          u"Took the request in hand"_s, u"Which keyboard layout?"_s}) {
        QVERIFY2(timeline.contains(step), qPrintable(timeline));
    }
    QVERIFY2(!timeline.contains(u"manager said no"_s), qPrintable(timeline));

    QVERIFY(RequestViewFixture::chooseTab(child<QTabWidget>(u"requestTabs"_s), u"Answers"_s));
    const QString answers = child<FormAnswerView>(u"formAnswerView"_s)->plainText();
    QVERIFY2(answers.contains(u"Model: Laptop"_s), qPrintable(answers));
    QVERIFY2(answers.contains(u"Justification: Mine is six years old."_s), qPrintable(answers));
    QCOMPARE(labelText(u"formVersionLabel"_s), u"Answers given on version 1 of the form."_s);
}

void MyRequestsTest::repliesToTheTechnician()
{
    RequestActors &actors = m_fixture->actors();
    const qint64 reset = m_fixture->submitReset(m_fixture->lea);
    QVERIFY(actors.as(m_fixture->ana)
                .addComment(reset, u"Your login, please?"_s, Visibility::External));
    open(m_fixture->lea);
    RequestViewFixture::clickRow(child<QTableView>(u"requestTable"_s), 0);

    auto *send = child<QPushButton>(u"sendReplyButton"_s);
    QVERIFY(!send->isEnabled());
    auto *reply = child<QPlainTextEdit>(u"replyEdit"_s);
    QTest::keyClicks(reply, u"   "_s);
    QVERIFY(!send->isEnabled());
    QTest::keyClicks(reply, u"It is lea."_s);
    QVERIFY(send->isEnabled());
    RequestViewFixture::click(send);

    QTRY_VERIFY(timelineText().contains(u"It is lea."_s));
    QVERIFY(reply->toPlainText().isEmpty());
    QVERIFY(!child<MessageBar>(u"requestMessage"_s)->isVisible());
    QCOMPARE(m_fixture->base().number(u"SELECT COUNT(*) FROM comments WHERE author_id = ? "
                                      "AND visibility = 'external'"_s,
                                      {m_fixture->lea}),
             1);
}

void MyRequestsTest::cancelsAPendingRequest()
{
    const qint64 pc = m_fixture->submitPc(m_fixture->lea, u"Needed for the trip."_s);
    open(m_fixture->lea);
    RequestViewFixture::clickRow(child<QTableView>(u"requestTable"_s), 0);
    auto *cancel = child<QPushButton>(u"cancelRequestButton"_s);
    QVERIFY(cancel->isVisible());
    QVERIFY(cancel->isEnabled());

    // Keeping it changes nothing.
    RequestViewFixture::click(cancel);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_view->findChild<QMessageBox *>(u"cancelConfirmation"_s)));
    QVERIFY(box->text().contains(RequestStore::trackingNumberFor(pc)));
    RequestViewFixture::click(box->button(QMessageBox::No));
    QTRY_VERIFY(!m_view->findChild<QMessageBox *>(u"cancelConfirmation"_s));
    QCOMPARE(labelText(u"requestStatus"_s), u"Waiting for approval"_s);

    RequestViewFixture::click(cancel);
    QTRY_VERIFY((box = m_view->findChild<QMessageBox *>(u"cancelConfirmation"_s)));
    RequestViewFixture::click(box->button(QMessageBox::Yes));
    QTRY_COMPARE(labelText(u"requestStatus"_s), u"Cancelled"_s);
    QVERIFY(!cancel->isEnabled());
    QCOMPARE(column(2), QStringList{u"Cancelled"_s});
    QVERIFY(timelineText().contains(u"Cancelled the request"_s));
}

void MyRequestsTest::cannotCancelWhatIsInProgress()
{
    const qint64 reset = m_fixture->submitReset(m_fixture->lea);
    QVERIFY(m_fixture->actors().as(m_fixture->ana).take(reset));
    open(m_fixture->lea);
    RequestViewFixture::clickRow(child<QTableView>(u"requestTable"_s), 0);
    auto *cancel = child<QPushButton>(u"cancelRequestButton"_s);
    QCOMPARE(labelText(u"requestStatus"_s), u"In progress"_s);
    QVERIFY(cancel->isVisible());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(cancel->toolTip().contains(u"In progress"_s));
}

void MyRequestsTest::opensAndSavesAttachments()
{
    QVERIFY(m_fixture->submitPc(m_fixture->lea, u"With a quote."_s));
    open(m_fixture->lea);
    QList<QUrl> opened;
    QTemporaryDir folder;
    const QString target = folder.filePath(u"saved.pdf"_s);
    QString suggested;
    m_view->detail()->setUrlOpener([&](const QUrl &url) {
        opened << url;
        return true;
    });
    m_view->detail()->setSaveFileChooser([&](const QString &name) {
        suggested = name;
        return target;
    });
    RequestViewFixture::clickRow(child<QTableView>(u"requestTable"_s), 0);
    QVERIFY(
        RequestViewFixture::chooseTab(child<QTabWidget>(u"requestTabs"_s), u"Attachments (1)"_s));
    QCOMPARE(child<QListWidget>(u"attachmentList"_s)->count(), 1);

    RequestViewFixture::click(child<QPushButton>(u"openAttachmentButton"_s));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(QFileInfo(opened.first().toLocalFile()).fileName(), u"quote.pdf"_s);
    QFile openedFile(opened.first().toLocalFile());
    QVERIFY(openedFile.open(QIODevice::ReadOnly));
    QCOMPARE(openedFile.readAll(), RequestViewFixture::quote);

    RequestViewFixture::click(child<QPushButton>(u"saveAttachmentButton"_s));
    QCOMPARE(suggested, u"quote.pdf"_s);
    QFile saved(target);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), RequestViewFixture::quote);

    // A desktop that opens nothing: the person is told what to do instead.
    m_view->detail()->setUrlOpener([](const QUrl &) { return false; });
    RequestViewFixture::click(child<QPushButton>(u"openAttachmentButton"_s));
    QVERIFY(child<MessageBar>(u"requestMessage"_s)->isVisible());
    QVERIFY(child<MessageBar>(u"requestMessage"_s)->text().contains(u"Save As"_s));
}

void MyRequestsTest::filtersSortsAndShowsARequest()
{
    RequestActors &actors = m_fixture->actors();
    const qint64 done = m_fixture->submitReset(m_fixture->lea);
    QVERIFY(actors.as(m_fixture->ana).take(done));
    QVERIFY(actors.as(m_fixture->ana).complete(done, u"New password sent."_s));
    const qint64 pc = m_fixture->submitPc(m_fixture->lea, u"Old one is slow."_s);
    const qint64 pending = m_fixture->submitReset(m_fixture->lea);
    open(m_fixture->lea);

    auto *filter = child<QComboBox>(u"statusFilter"_s);
    filter->setCurrentIndex(filter->findText(u"Closed requests"_s));
    QCOMPARE(column(0), QStringList{RequestStore::trackingNumberFor(done)});
    filter->setCurrentIndex(filter->findText(u"Open requests"_s));
    QCOMPARE(column(0), (QStringList{RequestStore::trackingNumberFor(pending),
                                     RequestStore::trackingNumberFor(pc)}));

    // A click on the header sorts by service.
    auto *table = child<QTableView>(u"requestTable"_s);
    QHeaderView *header = table->horizontalHeader();
    const int x = header->sectionViewportPosition(MyRequestsModel::ServiceColumn) + 10;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(column(1), (QStringList{u"New PC"_s, u"Password reset"_s}));

    // The portal's confirmation shows a request the filter hides.
    QVERIFY(m_view->showRequest(done));
    QCOMPARE(filter->currentText(), u"All requests"_s);
    QCOMPARE(labelText(u"requestTitle"_s), RequestStore::trackingNumberFor(done));
    QVERIFY(timelineText().contains(u"Completed the request: New password sent."_s));
    QVERIFY(!m_view->showRequest(m_fixture->submitReset(m_fixture->sam)));
}

void MyRequestsTest::screenshot()
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
    open(m_fixture->lea);
    QVERIFY(m_view->showRequest(m_fixture->storyRequest));
    QVERIFY(RequestViewFixture::shoot(m_view.get(), folder + u"/my-requests.png"_s));
    auto *tabs = child<QTabWidget>(u"requestTabs"_s);
    QVERIFY(RequestViewFixture::chooseTab(tabs, u"Answers"_s));
    QVERIFY(RequestViewFixture::shoot(m_view.get(), folder + u"/my-requests-answers.png"_s));
    QVERIFY(RequestViewFixture::chooseTab(tabs, u"Attachments"_s));
    QVERIFY(RequestViewFixture::shoot(m_view.get(), folder + u"/my-requests-attachments.png"_s));
}

QTEST_MAIN(MyRequestsTest)
#include "tst_myrequests.moc"
