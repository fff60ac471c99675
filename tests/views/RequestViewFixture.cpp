#include "RequestViewFixture.h"

#include <QAbstractItemView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTabBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace {

const char *const pcForm = R"({"fields": [
  {"key": "model", "type": "choice", "label": "Model", "required": true,
   "choices": [{"value": "laptop", "label": "Laptop"}, {"value": "desktop", "label": "Desktop"}]},
  {"key": "justification", "type": "multiline", "label": "Justification", "required": true},
  {"key": "quote", "type": "file", "label": "Quote", "extensions": ["pdf"]}
]})";

} // namespace

const QByteArray RequestViewFixture::quote = QByteArrayLiteral("%PDF-1.4 a quote for a laptop");

RequestViewFixture::RequestViewFixture(const QString &backend)
    : m_fixture(std::make_unique<RequestFixture>(backend))
{
    if (!m_fixture->ok())
        return;
    m_actors = std::make_unique<RequestActors>(*m_fixture);
    m_people = std::make_unique<PeopleStore>(m_fixture->database());
    using Role = Person::Role;
    marc = m_fixture->createPerson(u"Marc"_s, Role::Requester | Role::Approver);
    lea = m_fixture->createPerson(u"Lea"_s, Role::Requester, 0, marc);
    sam = m_fixture->createPerson(u"Sam"_s, Role::Requester, 0, marc);
    ana = m_fixture->createPerson(u"Ana"_s, Role::Requester | Role::Technician);
    Service service;
    service.name = u"New PC"_s;
    service.slaPolicyId = m_fixture->policyId();
    service.requiresApproval = true;
    service.formSchema = QJsonDocument::fromJson(pcForm).object();
    pc = m_fixture->createService(service);
    reset = m_fixture->createService(u"Password reset"_s, m_fixture->policyId());
    m_ok = marc && lea && sam && ana && pc && reset;
}

qint64 RequestViewFixture::submitPc(qint64 personId, const QString &justification)
{
    return submitPc(personId, u"laptop"_s, justification);
}

qint64 RequestViewFixture::submitPc(qint64 personId, const QString &model,
                                    const QString &justification)
{
    const QJsonObject file{{u"name"_s, u"quote.pdf"_s},
                           {u"size"_s, double(quote.size())},
                           {u"mime"_s, u"application/pdf"_s}};
    RequestSubmission submission;
    submission.serviceId = pc;
    submission.answers = QJsonObject{
        {u"model"_s, model}, {u"justification"_s, justification}, {u"quote"_s, QJsonArray{file}}};
    submission.uploads = {{u"quote"_s, u"quote.pdf"_s, u"application/pdf"_s, quote}};
    const qint64 id = m_actors->submitAs(personId, submission);
    m_actors->later(10);
    return id;
}

qint64 RequestViewFixture::submitReset(qint64 personId)
{
    const qint64 id = m_actors->submitAs(personId, reset);
    m_actors->later(10);
    return id;
}

void RequestViewFixture::click(QWidget *widget)
{
    QTest::mouseClick(widget, Qt::LeftButton);
}

void RequestViewFixture::clickRow(QAbstractItemView *view, int row, int column)
{
    const QModelIndex index = view->model()->index(row, column);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

bool RequestViewFixture::chooseTab(QTabWidget *tabs, const QString &titleStart)
{
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i).startsWith(titleStart)) {
            QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                              tabs->tabBar()->tabRect(i).center());
            return tabs->currentIndex() == i;
        }
    }
    return false;
}

std::unique_ptr<QTranslator> RequestViewFixture::installEnglish()
{
    auto english = std::make_unique<QTranslator>();
    if (english->load(QCoreApplication::applicationDirPath() + u"/../../kaliaops_en.qm"_s))
        QCoreApplication::installTranslator(english.get());
    return english;
}

bool RequestViewFixture::shoot(QWidget *widget, const QString &path)
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    return widget->grab().save(path);
}

bool RequestViewFixture::rename(qint64 personId, const QString &name)
{
    return m_fixture->exec(u"UPDATE people SET display_name = ? WHERE id = ?"_s, {name, personId});
}

bool RequestViewFixture::tellAStory()
{
    using Visibility = RequestComment::Visibility;
    RequestActors &a = *m_actors;
    const qint64 chloe = m_fixture->createPerson(u"cbernard"_s, Person::Role::Requester, 0, marc);
    const qint64 phone = m_fixture->createService(u"Mobile phone"_s, 0, true, 5);
    const qint64 software = m_fixture->createService(u"Software installation"_s, 0, false, 2);
    if (!chloe || !phone || !software || !rename(lea, u"Léa Martin"_s) ||
        !rename(marc, u"Marc Dubois"_s) || !rename(sam, u"Samuel Petit"_s) ||
        !rename(ana, u"Ana Costa"_s) || !rename(chloe, u"Chloé Bernard"_s))
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto at = [&](int days, int hours) {
        a.setNow(now.addDays(-days).addSecs(-hours * 3600));
    };

    at(12, 5);
    const qint64 done = submitReset(lea);
    bool ok = a.as(ana).take(done).ok();
    a.later(35);
    ok = ok && a.as(ana).complete(done, u"New password sent by text message."_s);

    at(1, 2);
    storyRequest = submitPc(lea, u"My laptop is six years old and no longer runs the design "
                                 "tools; it shuts down twice a day."_s);
    a.later(25);
    ok = ok && a.as(marc).approve(storyRequest);
    a.later(50);
    ok = ok && a.as(ana).take(storyRequest);
    a.later(60 * 15);
    ok = ok && a.as(ana).addComment(storyRequest,
                                    u"The model in stock has a QWERTY keyboard. Is that fine, or "
                                    "do you need AZERTY?"_s,
                                    Visibility::External);
    a.later(45);
    ok = ok && a.as(lea).addComment(storyRequest, u"AZERTY, please: I write in French all day."_s,
                                    Visibility::External);
    a.later(20);
    ok = ok && a.as(ana).addComment(storyRequest, u"Ordered the AZERTY keyboard separately."_s,
                                    Visibility::Internal);

    at(4, 6);
    const qint64 rejected = a.submitAs(lea, phone);
    a.later(180);
    ok = ok && a.as(marc).reject(rejected, u"Your phone is covered until March: ask again then."_s);
    at(4, 1);
    ok = ok && submitPc(chloe, u"desktop"_s, u"Second workstation for the print room."_s);
    at(3, 2);
    const qint64 cancelled = submitReset(lea);
    ok = ok && a.as(lea).cancel(cancelled);
    at(2, 7);
    ok = ok && a.submitAs(sam, phone);
    at(0, 6);
    ok = ok && submitPc(lea, u"A second screen for the design work."_s);
    at(0, 5);
    ok = ok && a.submitAs(lea, software);
    at(0, 1);
    ok = ok && submitPc(sam, u"The intern starts on Monday."_s);
    a.setNow(now);
    return ok && storyRequest;
}
