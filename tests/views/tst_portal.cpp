#include "PortalFixture.h"
#include "common/MessageBar.h"
#include "forms/FormRenderer.h"
#include "portal/DraftStore.h"
#include "portal/PortalBrowser.h"
#include "portal/RequestConfirmation.h"
#include "portal/ServiceCardModel.h"
#include "portal/ServiceRequestPage.h"
#include "sla/CalendarStore.h"
#include "sla/SlaPolicyStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

using F = PortalFixture;

const auto laptop = u"Laptop (14\", docking station)"_s;
const auto replacement = u"Replacement of an old computer"_s;
const auto justification = u"My laptop is six years old and too slow."_s;

} // namespace

class PortalTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void searchesAsTheRequesterTypes_data();
    void searchesAsTheRequesterTypes();
    void browsesACategoryAsCards();
    void opensACardWithTheKeyboard();
    void submitsAFilledForm();
    void showsARefusedSubmission_data();
    void showsARefusedSubmission();
    void needsASignedInPerson();
    void restoresADraft_data();
    void restoresADraft();
    void screenshots();
};

void PortalTest::initTestCase()
{
    // Drafts go to a test folder, never the user's own.
    QStandardPaths::setTestModeEnabled(true);
}

void PortalTest::init()
{
    QDir(DraftStore::defaultFolder()).removeRecursively();
}

void PortalTest::searchesAsTheRequesterTypes_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("first");
    QTest::addColumn<int>("total");

    QTest::newRow("fr: typed without its accent")
        << u"fr"_s << u"acces"_s
        << QStringList{u"Accès à une application métier"_s, u"Accès VPN"_s, u"Accès Wi-Fi invité"_s}
        << -1;
    QTest::newRow("fr: accents in a keyword")
        << u"fr"_s << u"reseau teletravail"_s << QStringList{u"Accès VPN"_s} << 1;
    QTest::newRow("en: a keyword") << u"en"_s << u"laptop"_s << QStringList{u"New computer"_s} << 1;
    QTest::newRow("en: every word counts")
        << u"en"_s << u"VPN home"_s << QStringList{u"VPN access"_s} << 1;
    QTest::newRow("en: nothing matches") << u"en"_s << u"zzz"_s << QStringList() << 0;
}

void PortalTest::searchesAsTheRequesterTypes()
{
    QFETCH(QString, language);
    QFETCH(QString, typed);
    QFETCH(QStringList, first);
    QFETCH(int, total);

    PortalFixture portal(language);
    QVERIFY(portal.ok());
    portal.open();
    auto *tree = portal.child<QTreeView>(u"portalCategoryTree"_s);
    auto *search = portal.child<QLineEdit>(u"portalSearch"_s);
    const QString firstCategory = portal.text(u"portalTitle"_s);
    QVERIFY(!firstCategory.isEmpty());

    // Ctrl+F goes to the search box, wherever the focus was.
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, typed);
    QTRY_COMPARE(portal.text(u"portalTitle"_s), u"Search results"_s);
    if (total == 0) {
        QTRY_VERIFY(portal.child<QWidget>(u"portalEmptyState"_s)->isVisible());
        QCOMPARE(portal.text(u"portalResultCount"_s), u"No service matches \"%1\""_s.arg(typed));
        QCOMPARE(portal.text(u"emptyStateTitle"_s), u"No service matches \"%1\""_s.arg(typed));
    } else {
        QTRY_COMPARE(portal.cardNames().mid(0, first.size()), first);
        QVERIFY(portal.cards()->isVisible());
        if (total > 0)
            QCOMPARE(portal.cardNames().size(), total);
        QCOMPARE(portal.text(u"portalResultCount"_s),
                 u"%1 service(s) match \"%2\""_s.arg(portal.cardNames().size()).arg(typed));
    }

    // Cleared, the category shows again.
    search->clear();
    QTRY_COMPARE(portal.text(u"portalTitle"_s), firstCategory);
}

void PortalTest::browsesACategoryAsCards()
{
    PortalFixture portal(u"en"_s);
    QVERIFY(portal.ok());
    // Withdrawn services never show: one of Workstation, all of Telephony.
    for (const QString &name : {u"Computer repair"_s, u"Mobile phone and line"_s, u"Headset"_s}) {
        Service withdrawn = portal.catalog->service(portal.serviceId(name)).value();
        withdrawn.active = false;
        QVERIFY(portal.catalog->updateService(withdrawn));
    }
    // Under an SLA policy, a card shows its commitment rather than the estimate.
    QVERIFY(CalendarStore::ensureDefaults(portal.database(), 2026));
    SlaPolicy policy;
    policy.name = u"Standard"_s;
    policy.calendarId = CalendarStore(portal.database()).calendarNamed(u"Office hours"_s)->id();
    Service reset = portal.catalog->service(portal.serviceId(u"Password reset"_s)).value();
    reset.slaPolicyId = SlaPolicyStore(portal.database()).createPolicy(policy).value();
    QVERIFY(portal.catalog->updateService(reset));
    portal.open();

    // The tree holds categories with something to ask for, and nothing else.
    auto *tree = portal.child<QTreeView>(u"portalCategoryTree"_s);
    const auto matches = [tree](const QString &name) {
        return tree->model()
            ->match(tree->model()->index(0, 0), Qt::DisplayRole, name, 1,
                    Qt::MatchExactly | Qt::MatchRecursive)
            .size();
    };
    QCOMPARE(matches(u"Workstation"_s), 1);
    QCOMPARE(matches(u"Telephony"_s), 0);
    QCOMPARE(matches(u"New computer"_s), 0);
    QVERIFY(!tree->model()->index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());

    QVERIFY(F::clickRow(tree, u"Workstation"_s));
    QCOMPARE(portal.text(u"portalTitle"_s), u"Workstation"_s);
    QCOMPARE(portal.text(u"portalResultCount"_s), u"1 service(s)"_s);
    QCOMPARE(portal.cardNames(), QStringList{u"New computer"_s});
    const QModelIndex card = portal.cards()->model()->index(0, 0);
    QCOMPARE(card.data(ServiceCardModel::SummaryRole).toString(),
             u"A laptop or desktop PC, prepared with your applications and delivered to your "
             "desk."_s);
    QCOMPARE(card.data(ServiceCardModel::CommitmentRole).toString(),
             u"Usually done within 10 day(s) (an estimate)"_s);
    QCOMPARE(card.data(ServiceCardModel::RequiresApprovalRole).toBool(), true);
    QCOMPARE(card.data(ServiceCardModel::CategoryNameRole).toString(), u"Workstation"_s);
    QCOMPARE(card.data(ServiceCardModel::IconNameRole).toString(), u"laptop"_s);

    // A category shows the services of the categories below it too.
    QVERIFY(F::clickRow(tree, u"Equipment"_s));
    QCOMPARE(portal.cardNames(), (QStringList{u"New computer"_s, u"Extra screen"_s,
                                              u"Keyboard and mouse"_s, u"Printer installation"_s}));

    QVERIFY(F::clickRow(tree, u"Accounts and passwords"_s));
    const QModelIndex password = portal.cards()->model()->index(0, 0);
    QCOMPARE(password.data().toString(), u"Password reset"_s);
    QVERIFY(password.data(ServiceCardModel::CommitmentRole)
                .toString()
                .startsWith(u"Resolved within "_s));
    QCOMPARE(password.data(ServiceCardModel::RequiresApprovalRole).toBool(), false);
}

void PortalTest::opensACardWithTheKeyboard()
{
    PortalFixture portal(u"en"_s);
    QVERIFY(portal.ok());
    portal.open();
    QVERIFY(portal.view->browser()->selectCategory(
        portal.catalog->service(portal.serviceId(u"New computer"_s))->categoryId));
    QCOMPARE(portal.cardNames(), (QStringList{u"New computer"_s, u"Computer repair"_s}));

    // Arrows move between cards, Enter opens one.
    QListView *cards = portal.cards();
    portal.view->browser()->focusCards();
    QVERIFY(cards->hasFocus());
    QTest::keyClick(cards, Qt::Key_Right);
    QTest::keyClick(cards, Qt::Key_Return);
    QCOMPARE(portal.view->currentWidget(), portal.view->requestPage());
    QCOMPARE(portal.text(u"serviceName"_s), u"Computer repair"_s);

    // Back (Alt+Left) returns to the same card.
    QTest::keySequence(QApplication::focusWidget(), QKeySequence::Back);
    QCOMPARE(portal.view->currentWidget(), portal.view->browser());
    QVERIFY(cards->hasFocus());
    QCOMPARE(cards->currentIndex().data().toString(), u"Computer repair"_s);

    // From the search box, Down goes to the results.
    auto *search = portal.child<QLineEdit>(u"portalSearch"_s);
    QTest::keyClick(cards, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(search, u"headset"_s);
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(cards->hasFocus());
    QCOMPARE(portal.cardNames(), QStringList{u"Headset"_s});
    QTest::keyClick(cards, Qt::Key_Enter);
    QCOMPARE(portal.text(u"serviceName"_s), u"Headset"_s);
}

void PortalTest::submitsAFilledForm()
{
    PortalFixture portal(u"en"_s);
    QVERIFY(portal.ok());
    portal.open();
    const qint64 serviceId = portal.serviceId(u"New computer"_s);
    QVERIFY(F::clickRow(portal.child<QTreeView>(u"portalCategoryTree"_s), u"Workstation"_s));
    QVERIFY(F::clickCard(portal.cards(), u"New computer"_s));

    // What the requester learns before filling anything in.
    QCOMPARE(portal.view->currentWidget(), portal.view->requestPage());
    QCOMPARE(portal.text(u"serviceName"_s), u"New computer"_s);
    QCOMPARE(portal.text(u"servicePath"_s), u"Equipment › Workstation"_s);
    QCOMPARE(portal.text(u"serviceApproval"_s),
             u"Your manager, Marc Dubois, approves this request."_s);
    QCOMPARE(portal.text(u"serviceCommitment"_s), u"Usually done within 10 day(s) (an estimate)"_s);
    FormRenderer *form = portal.view->requestPage()->form();
    QVERIFY(form->fieldWidget(u"justification"_s));

    // Sent empty, the form says what is missing and nothing is written.
    auto *errors = portal.child<MessageBar>(u"requestErrors"_s);
    QTest::mouseClick(portal.child<QAbstractButton>(u"submitRequestButton"_s), Qt::LeftButton);
    QVERIFY(errors->isVisible());
    QCOMPARE(errors->text(), u"3 field(s) to check: see the message under each."_s);
    QCOMPARE(portal.count(u"SELECT COUNT(*) FROM service_requests"_s), 0);

    // Filled as a person does; the draft follows the typing.
    F::clickButton(form, u"model"_s, laptop);
    F::choose(form, u"reason"_s, replacement);
    F::type(form, u"justification"_s, justification);
    const QString draft = DraftStore().filePath(portal.session.personId(), serviceId);
    QTRY_VERIFY(QFile::exists(draft));

    // Ctrl+Return from the text box sends it.
    QTest::keyClick(F::editor(form, u"justification"_s), Qt::Key_Return, Qt::ControlModifier);
    auto *confirmation = portal.child<RequestConfirmation>(u"requestConfirmation"_s);
    QVERIFY2(confirmation->isVisible(), qPrintable(errors->text()));
    QVERIFY(!errors->isVisible());
    auto *number = portal.child<QLabel>(u"trackingNumber"_s);
    QCOMPARE(number->text(), u"REQ-000001"_s);
    QVERIFY(number->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    QCOMPARE(portal.text(u"nextStep1"_s),
             u"1. Your manager, Marc Dubois, approves or rejects it first; you are told of the "
             "decision."_s);
    QVERIFY(portal.text(u"nextStep3"_s).startsWith(u"3. Usually done within 10 day(s)"_s));
    QVERIFY(!QFile::exists(draft));

    // The request is in the database, with the answers and waiting for approval.
    QSqlQuery q = portal.database().query();
    QVERIFY(q.exec(u"SELECT id, tracking_number, requester_id, status, request_data "
                   "FROM service_requests"_s));
    QVERIFY(q.next());
    const qint64 requestId = q.value(0).toLongLong();
    QCOMPARE(q.value(1).toString(), u"REQ-000001"_s);
    QCOMPARE(q.value(2).toLongLong(), portal.session.personId());
    QCOMPARE(q.value(3).toString(), u"pending_approval"_s);
    const QJsonObject answers = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
    QCOMPARE(answers, (QJsonObject{{u"model"_s, u"laptop"_s},
                                   {u"reason"_s, u"replacement"_s},
                                   {u"justification"_s, justification}}));
    QVERIFY(!q.next());

    // Onwards: My requests, or another request.
    QSignalSpy myRequests(portal.view.get(), &PortalView::myRequestsRequested);
    QTest::mouseClick(portal.child<QAbstractButton>(u"goToMyRequestsButton"_s), Qt::LeftButton);
    QCOMPARE(myRequests.count(), 1);
    QCOMPARE(myRequests.first().first().toLongLong(), requestId);
    QTest::mouseClick(portal.child<QAbstractButton>(u"requestAnotherButton"_s), Qt::LeftButton);
    QCOMPARE(portal.view->currentWidget(), portal.view->browser());
}

void PortalTest::showsARefusedSubmission_data()
{
    QTest::addColumn<bool>("withdraw");
    QTest::addColumn<QString>("message");

    QTest::newRow("service withdrawn meanwhile")
        << true
        << u"The request was not sent: \"New computer\" is no longer offered: it cannot be "
           "requested."_s;
    QTest::newRow("form changed meanwhile")
        << false
        << u"The request was not sent:\n• \"Cost centre\" needs an answer.\nThe form of this "
           "service has changed since you opened it: go back and open the service again."_s;
}

void PortalTest::showsARefusedSubmission()
{
    QFETCH(bool, withdraw);
    QFETCH(QString, message);

    PortalFixture portal(u"en"_s);
    QVERIFY(portal.ok());
    portal.open();
    const qint64 serviceId = portal.serviceId(u"New computer"_s);
    QVERIFY(portal.view->openService(serviceId));
    FormRenderer *form = portal.view->requestPage()->form();
    F::clickButton(form, u"model"_s, laptop);
    F::choose(form, u"reason"_s, replacement);
    F::type(form, u"justification"_s, justification);

    // A catalog administrator changes the service while the form is open.
    Service changed = portal.catalog->service(serviceId).value();
    if (withdraw) {
        changed.active = false;
    } else {
        QJsonArray fields = changed.formSchema.value(u"fields"_s).toArray();
        fields.append(QJsonObject{{u"key"_s, u"cost_centre"_s},
                                  {u"type"_s, u"text"_s},
                                  {u"label"_s, u"Cost centre"_s},
                                  {u"required"_s, true}});
        changed.formSchema.insert(u"fields"_s, fields);
    }
    QVERIFY(portal.catalog->updateService(changed));

    QTest::mouseClick(portal.child<QAbstractButton>(u"submitRequestButton"_s), Qt::LeftButton);
    auto *errors = portal.child<MessageBar>(u"requestErrors"_s);
    QVERIFY(errors->isVisible());
    QCOMPARE(errors->text(), message);
    QVERIFY(!portal.child<QWidget>(u"requestConfirmation"_s)->isVisible());
    QCOMPARE(portal.count(u"SELECT COUNT(*) FROM service_requests"_s), 0);
    QCOMPARE(portal.count(u"SELECT COUNT(*) FROM request_events"_s), 0);
    QCOMPARE(portal.count(u"SELECT COUNT(*) FROM notifications"_s), 0);
    // The answers stay, for another try.
    QCOMPARE(qobject_cast<QPlainTextEdit *>(F::editor(form, u"justification"_s))->toPlainText(),
             justification);
}

void PortalTest::needsASignedInPerson()
{
    PortalFixture portal(u"en"_s);
    QVERIFY(portal.ok());
    const Session nobody;
    portal.open(&nobody);
    QVERIFY(!portal.view->openService(portal.serviceId(u"New computer"_s)));
    QCOMPARE(portal.text(u"requestErrors"_s), u"Sign in to submit a request."_s);
    QCOMPARE(portal.text(u"serviceApproval"_s), u"Approval is required."_s);
    QVERIFY(!portal.child<QAbstractButton>(u"submitRequestButton"_s)->isEnabled());
}

void PortalTest::restoresADraft_data()
{
    QTest::addColumn<bool>("waitWhileTyping");

    // Saved a moment after typing: a crash loses nothing but that moment.
    QTest::newRow("saved while typing") << true;
    QTest::newRow("saved when the program closes") << false;
}

void PortalTest::restoresADraft()
{
    QFETCH(bool, waitWhileTyping);

    PortalFixture portal(u"en"_s);
    QVERIFY(portal.ok());
    portal.open();
    const qint64 serviceId = portal.serviceId(u"New computer"_s);
    QVERIFY(portal.view->openService(serviceId));
    FormRenderer *form = portal.view->requestPage()->form();
    QVERIFY(!portal.child<QWidget>(u"draftBanner"_s)->isVisible());
    F::clickButton(form, u"model"_s, u"Desktop PC"_s);
    F::clickButton(form, u"screen"_s, u"Yes"_s);
    F::type(form, u"justification"_s, u"Half a sentence"_s);

    const QString path = DraftStore().filePath(portal.session.personId(), serviceId);
    if (waitWhileTyping) {
        QTRY_VERIFY(QFile::exists(path));
    } else {
        QVERIFY(!QFile::exists(path));
    }
    portal.view.reset();
    QVERIFY(QFile::exists(path));

    // Opened again in a new window, the form is as it was left.
    portal.open();
    QVERIFY(portal.view->openService(serviceId));
    form = portal.view->requestPage()->form();
    QCOMPARE(form->answers().value(u"model"_s).toString(), u"desktop"_s);
    QCOMPARE(form->answers().value(u"screen"_s).toBool(), true);
    auto *text = qobject_cast<QPlainTextEdit *>(F::editor(form, u"justification"_s));
    QCOMPARE(text->toPlainText(), u"Half a sentence"_s);
    QVERIFY(portal.child<QWidget>(u"draftBanner"_s)->isVisible());
    QVERIFY(portal.text(u"draftMessage"_s).startsWith(u"Your draft from today at "_s));

    // Discarded, the form starts afresh and the file is gone.
    QTest::mouseClick(portal.child<QAbstractButton>(u"discardDraftButton"_s), Qt::LeftButton);
    QVERIFY(!portal.child<QWidget>(u"draftBanner"_s)->isVisible());
    form = portal.view->requestPage()->form();
    text = qobject_cast<QPlainTextEdit *>(F::editor(form, u"justification"_s));
    QCOMPARE(text->toPlainText(), QString());
    QVERIFY(!QFile::exists(path));
}

namespace {

// English plural forms for strings lupdate has not seen yet: "1 service",
// "3 services" rather than "service(s)". Screenshots only.
class EnglishPlurals : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char *, int n) const override
    {
        const QString text = QString::fromUtf8(source);
        if (n < 0 || !text.contains(u"(s)"_s))
            return {};
        return QString(text).replace(u"(s)"_s, n == 1 ? QString() : u"s"_s);
    }
    bool isEmpty() const override { return false; }
};

bool shoot(QWidget *widget, const QString &path)
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    return widget->grab().save(path);
}

} // namespace

void PortalTest::screenshots()
{
    // Pictures for the README and for reviewing the look; not a check.
    const QString folder = qEnvironmentVariable("KALIAOPS_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("Set KALIAOPS_SCREENSHOT_DIR to save screenshots there.");
    QDir().mkpath(folder);
    EnglishPlurals plurals;
    QCoreApplication::installTranslator(&plurals);

    PortalFixture portal(u"en"_s);
    QVERIFY(portal.ok());
    portal.open();
    QVERIFY(F::clickRow(portal.child<QTreeView>(u"portalCategoryTree"_s), u"Equipment"_s));
    QTest::mouseMove(portal.cards()->viewport(), QPoint(10, 10));
    QTest::mouseMove(portal.cards()->viewport(), portal.cards()->viewport()->rect().bottomRight());
    QVERIFY(shoot(portal.view.get(), folder + u"/portal.png"_s));

    QTest::keyClicks(portal.child<QLineEdit>(u"portalSearch"_s), u"acces"_s);
    QTRY_COMPARE(portal.text(u"portalTitle"_s), u"Search results"_s);
    QVERIFY(shoot(portal.view.get(), folder + u"/portal-search.png"_s));

    QVERIFY(portal.view->openService(portal.serviceId(u"New computer"_s)));
    FormRenderer *form = portal.view->requestPage()->form();
    F::clickButton(form, u"model"_s, laptop);
    F::choose(form, u"reason"_s, replacement);
    F::type(form, u"justification"_s, u"Too slow"_s);
    QVERIFY(shoot(portal.view.get(), folder + u"/portal-request.png"_s));

    F::type(form, u"justification"_s, u" for video calls since the last update."_s);
    QTest::mouseClick(portal.child<QAbstractButton>(u"submitRequestButton"_s), Qt::LeftButton);
    QVERIFY(portal.child<QWidget>(u"requestConfirmation"_s)->isVisible());
    QVERIFY(shoot(portal.view.get(), folder + u"/portal-confirmation.png"_s));

    // A draft restored, and a form sent incomplete.
    QTest::mouseClick(portal.child<QAbstractButton>(u"requestAnotherButton"_s), Qt::LeftButton);
    QVERIFY(portal.view->openService(portal.serviceId(u"VPN access"_s)));
    F::clickButton(portal.view->requestPage()->form(), u"duration"_s, u"One year"_s);
    portal.view->showCatalog();
    QVERIFY(portal.view->openService(portal.serviceId(u"VPN access"_s)));
    QTest::mouseClick(portal.child<QAbstractButton>(u"submitRequestButton"_s), Qt::LeftButton);
    QVERIFY(shoot(portal.view.get(), folder + u"/portal-draft.png"_s));
    QCoreApplication::removeTranslator(&plurals);
}

QTEST_MAIN(PortalTest)
#include "tst_portal.moc"
