#include "TestDatabase.h"
#include "catalog/CatalogStore.h"
#include "forms/FormAttachmentCheck.h"
#include "people/PeopleStore.h"
#include "people/Session.h"
#include "requests/AttachmentTable.h"
#include "requests/RequestStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// "New PC": a model, a screen option shown only for desktops, a required
// justification and a quote of at most 1 KiB.
const char *const newPcForm = R"({"fields": [
  {"key": "model", "type": "choice", "label": "Model", "required": true,
   "choices": [{"value": "laptop", "label": "Laptop"}, {"value": "desktop", "label": "Desktop"}]},
  {"key": "screen", "type": "yesno", "label": "Second screen", "required": true,
   "visibleWhen": {"field": "model", "op": "equals", "value": "desktop"}},
  {"key": "justification", "type": "multiline", "label": "Justification", "required": true},
  {"key": "quote", "type": "file", "label": "Quote", "extensions": ["pdf"], "maxSizeBytes": 1024}
]})";

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

// Submitting a request through the store: answers checked by the form's one
// validator, attachments kept with their SHA-256 and refused above their
// limit, and the form version pinned to the request. On every backend.
class RequestSubmissionTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void storesValidAnswers_data() { TestDatabase::addBackendColumn(); }
    void storesValidAnswers();
    void refusesInvalidAnswersWithFieldErrors_data() { TestDatabase::addBackendColumn(); }
    void refusesInvalidAnswersWithFieldErrors();
    void dropsHiddenAnswers_data() { TestDatabase::addBackendColumn(); }
    void dropsHiddenAnswers();
    void storesAttachmentsWithTheirHash_data() { TestDatabase::addBackendColumn(); }
    void storesAttachmentsWithTheirHash();
    void refusesAttachmentsAboveTheLimit_data() { TestDatabase::addBackendColumn(); }
    void refusesAttachmentsAboveTheLimit();
    void refusesFilesAboveTheStorageLimit_data() { TestDatabase::addBackendColumn(); }
    void refusesFilesAboveTheStorageLimit();
    void pinsTheFormVersion_data() { TestDatabase::addBackendColumn(); }
    void pinsTheFormVersion();
    void refusesWithoutSessionOrActiveService_data() { TestDatabase::addBackendColumn(); }
    void refusesWithoutSessionOrActiveService();
    void givesUniqueTrackingNumbers_data() { TestDatabase::addBackendColumn(); }
    void givesUniqueTrackingNumbers();

private:
    int count(const QString &table) const;
    RequestSubmission validSubmission() const;

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CatalogStore> m_catalog;
    std::unique_ptr<RequestStore> m_requests;
    Session m_session;
    qint64 m_serviceId = 0;
};

void RequestSubmissionTest::init()
{
    QFETCH(QString, backend);
    m_test = std::make_unique<TestDatabase>(backend);
    m_database = m_test->open();
    QVERIFY(m_database);
    m_catalog = std::make_unique<CatalogStore>(*m_database);

    PeopleStore people(*m_database);
    Person requester;
    requester.login = u"lmartin"_s;
    requester.displayName = u"Léa Martin"_s;
    const auto personId = people.createPerson(requester);
    QVERIFY2(personId, qPrintable(personId.error()));
    requester.id = *personId;
    m_session = Session(requester);

    const auto category = m_catalog->createCategory({0, 0, u"Equipment"_s, {}, {}, 1});
    QVERIFY(category);
    Service service;
    service.categoryId = *category;
    service.name = u"New PC"_s;
    service.formSchema = json(newPcForm);
    const auto serviceId = m_catalog->createService(service);
    QVERIFY2(serviceId, qPrintable(serviceId.error()));
    m_serviceId = *serviceId;

    m_requests = std::make_unique<RequestStore>(*m_database);
    m_requests->setSession(&m_session);
}

void RequestSubmissionTest::cleanup()
{
    m_requests.reset();
    m_catalog.reset();
    m_database.reset();
    m_test.reset();
}

int RequestSubmissionTest::count(const QString &table) const
{
    QSqlQuery q = m_database->query();
    if (!q.exec(u"SELECT COUNT(*) FROM "_s + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

RequestSubmission RequestSubmissionTest::validSubmission() const
{
    RequestSubmission submission;
    submission.serviceId = m_serviceId;
    submission.answers = QJsonObject{{u"model"_s, u"laptop"_s},
                                     {u"justification"_s, u"  My laptop is six years old.  "_s}};
    return submission;
}

void RequestSubmissionTest::storesValidAnswers()
{
    const auto created = m_requests->submit(validSubmission());
    QVERIFY2(created, qPrintable(created.error()));
    QCOMPARE(created->trackingNumber, RequestStore::trackingNumberFor(created->id));
    QVERIFY(created->trackingNumber.startsWith(u"REQ-"_s));
    QCOMPARE(created->formVersion, 1);

    const auto form = m_requests->form(created->id);
    QVERIFY2(form, qPrintable(form.error()));
    const QJsonObject expected{{u"model"_s, u"laptop"_s},
                               {u"justification"_s, u"My laptop is six years old."_s}};
    QCOMPARE(form->answers, expected);

    QSqlQuery q = m_database->query();
    QVERIFY(q.exec(u"SELECT tracking_number, status, requester_id FROM service_requests"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), created->trackingNumber);
    QCOMPARE(q.value(1).toString(), u"new"_s);
    QCOMPARE(q.value(2).toLongLong(), m_session.personId());
    QCOMPARE(count(u"request_events"_s), 1);
}

void RequestSubmissionTest::refusesInvalidAnswersWithFieldErrors()
{
    RequestSubmission submission;
    submission.serviceId = m_serviceId;
    submission.answers = QJsonObject{{u"model"_s, u"tablet"_s}};

    QList<FormValidation::FieldError> errors;
    const auto created = m_requests->submit(submission, &errors);
    QVERIFY(!created);
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).key, u"model"_s);
    QCOMPARE(errors.at(1).key, u"justification"_s);
    QVERIFY2(created.error().contains(u"Model"_s), qPrintable(created.error()));
    QVERIFY2(created.error().contains(u"1 other problem"_s), qPrintable(created.error()));
    QCOMPARE(count(u"service_requests"_s), 0);
    QCOMPARE(count(u"request_events"_s), 0);
}

void RequestSubmissionTest::dropsHiddenAnswers()
{
    RequestSubmission submission = validSubmission();
    submission.answers.insert(u"screen"_s, true); // shown for desktops only
    submission.answers.insert(u"not_in_form"_s, u"ignored"_s);
    const auto created = m_requests->submit(submission);
    QVERIFY2(created, qPrintable(created.error()));
    const QJsonObject answers = m_requests->form(created->id)->answers;
    QVERIFY(!answers.contains(u"screen"_s));
    QVERIFY(!answers.contains(u"not_in_form"_s));

    // Shown for a desktop, where the hidden answer becomes required.
    submission.answers.insert(u"model"_s, u"desktop"_s);
    submission.answers.remove(u"screen"_s);
    QList<FormValidation::FieldError> errors;
    QVERIFY(!m_requests->submit(submission, &errors));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().key, u"screen"_s);
}

void RequestSubmissionTest::storesAttachmentsWithTheirHash()
{
    RequestSubmission submission = validSubmission();
    const QByteArray content = "%PDF-1.4 quote for a laptop";
    submission.uploads = {{u"quote"_s, u"/home/lea/Quote.PDF"_s, u"application/pdf"_s, content},
                          {u"justification"_s, u"stray.pdf"_s, {}, "not a file field"}};
    const auto created = m_requests->submit(submission);
    QVERIFY2(created, qPrintable(created.error()));

    const auto stored = m_requests->attachments(created->id);
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(stored->size(), 1);
    const StoredAttachment &listed = stored->constFirst();
    QCOMPARE(listed.fileName, u"Quote.PDF"_s);
    QCOMPARE(listed.fieldKey, u"quote"_s);
    QCOMPARE(listed.size, content.size());
    QCOMPARE(listed.sha256, u"%1"_s.arg(AttachmentTable::sha256Of(content)));
    QCOMPARE(listed.sha256.size(), 64);
    QVERIFY(listed.content.isEmpty()); // lists do not carry contents

    const auto full = m_requests->attachment(listed.id);
    QVERIFY2(full, qPrintable(full.error()));
    QCOMPARE(full->content, content);
    QCOMPARE(full->mimeType, u"application/pdf"_s);

    // Someone who takes no part in the request cannot open its files.
    Person stranger;
    stranger.login = u"stranger"_s;
    stranger.displayName = u"Stranger"_s;
    stranger.id = *PeopleStore(*m_database).createPerson(stranger);
    const Session strangerSession(stranger);
    m_requests->setSession(&strangerSession);
    const auto refused = m_requests->attachment(listed.id);
    m_requests->setSession(&m_session);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"not yours to open"_s), qPrintable(refused.error()));

    const QJsonArray files = m_requests->form(created->id)->answers.value(u"quote"_s).toArray();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.at(0)[u"id"_s].toInteger(), listed.id);
    QCOMPARE(files.at(0)[u"sha256"_s].toString(), listed.sha256);
    QCOMPARE(files.at(0)[u"size"_s].toInteger(), content.size());
}

void RequestSubmissionTest::refusesAttachmentsAboveTheLimit()
{
    RequestSubmission submission = validSubmission();
    // The metadata claims a small file; the content is what counts.
    submission.answers.insert(
        u"quote"_s,
        QJsonArray{QJsonObject{{u"name"_s, u"big.pdf"_s}, {u"size"_s, 10}, {u"mime"_s, u""_s}}});
    submission.uploads = {{u"quote"_s, u"big.pdf"_s, u"application/pdf"_s, QByteArray(1025, 'x')}};

    QList<FormValidation::FieldError> errors;
    const auto created = m_requests->submit(submission, &errors);
    QVERIFY(!created);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().key, u"quote"_s);
    QVERIFY2(created.error().contains(u"\"big.pdf\" is too large for \"Quote\""_s),
             qPrintable(created.error()));
    QCOMPARE(count(u"service_requests"_s), 0);
    QCOMPARE(count(u"attachments"_s), 0);

    // At the limit exactly, it is kept.
    submission.uploads.first().content = QByteArray(1024, 'x');
    QVERIFY(m_requests->submit(submission));
    QCOMPARE(count(u"attachments"_s), 1);
}

void RequestSubmissionTest::refusesFilesAboveTheStorageLimit()
{
    // A field without a limit of its own still keeps files to what the
    // database is meant to hold.
    Service service = *m_catalog->service(m_serviceId);
    service.formSchema = json(R"({"fields": [{"key": "logs", "type": "file", "label": "Logs"}]})");
    QVERIFY(m_catalog->updateService(service));

    RequestSubmission submission;
    submission.serviceId = m_serviceId;
    submission.uploads = {{u"logs"_s, u"huge.log"_s, u"text/plain"_s,
                           QByteArray(FormAttachmentCheck::maxStoredFileSize + 1, 'x')}};
    const auto created = m_requests->submit(submission);
    QVERIFY(!created);
    QVERIFY2(created.error().contains(u"too large"_s), qPrintable(created.error()));
    QCOMPARE(count(u"attachments"_s), 0);
}

void RequestSubmissionTest::pinsTheFormVersion()
{
    const auto first = m_requests->submit(validSubmission());
    QVERIFY2(first, qPrintable(first.error()));

    // Rename the model field and its choices, drop the justification.
    Service service = *m_catalog->service(m_serviceId);
    service.formSchema = json(R"({"fields": [
      {"key": "model", "type": "choice", "label": "Computer type", "required": true,
       "choices": [{"value": "laptop", "label": "Portable computer"}]}]})");
    QVERIFY(m_catalog->updateService(service));
    QCOMPARE(m_catalog->service(m_serviceId)->formVersion, 2);

    const auto old = m_requests->form(first->id);
    QVERIFY2(old, qPrintable(old.error()));
    QCOMPARE(old->formVersion, 1);
    QCOMPARE(old->schema.field(u"model"_s)->label, u"Model"_s);
    QCOMPARE(old->schema.field(u"model"_s)->choices.constFirst().label, u"Laptop"_s);
    QVERIFY(old->schema.field(u"justification"_s));
    QCOMPARE(old->answers.value(u"justification"_s).toString(), u"My laptop is six years old."_s);

    RequestSubmission next;
    next.serviceId = m_serviceId;
    next.answers = QJsonObject{{u"model"_s, u"laptop"_s}};
    const auto second = m_requests->submit(next);
    QVERIFY2(second, qPrintable(second.error()));
    QCOMPARE(second->formVersion, 2);
    QCOMPARE(m_requests->form(second->id)->schema.field(u"model"_s)->label, u"Computer type"_s);

    const auto used = m_catalog->formKeysEverUsed(m_serviceId);
    QVERIFY(used);
    QCOMPARE(*used, (QStringList{u"justification"_s, u"model"_s, u"quote"_s, u"screen"_s}));
}

void RequestSubmissionTest::refusesWithoutSessionOrActiveService()
{
    m_requests->setSession(nullptr);
    const auto anonymous = m_requests->submit(validSubmission());
    QVERIFY(!anonymous);
    QVERIFY2(anonymous.error().contains(u"Sign in"_s), qPrintable(anonymous.error()));

    m_requests->setSession(&m_session);
    Service service = *m_catalog->service(m_serviceId);
    service.active = false;
    QVERIFY(m_catalog->updateService(service));
    const auto inactive = m_requests->submit(validSubmission());
    QVERIFY(!inactive);
    QVERIFY2(inactive.error().contains(u"no longer offered"_s), qPrintable(inactive.error()));
    QCOMPARE(count(u"service_requests"_s), 0);
}

void RequestSubmissionTest::givesUniqueTrackingNumbers()
{
    QSet<QString> numbers;
    for (int i = 0; i < 5; ++i) {
        const auto created = m_requests->submit(validSubmission());
        QVERIFY2(created, qPrintable(created.error()));
        numbers.insert(created->trackingNumber);
    }
    QCOMPARE(numbers.size(), 5);
}

QTEST_GUILESS_MAIN(RequestSubmissionTest)
#include "tst_requestsubmission.moc"
