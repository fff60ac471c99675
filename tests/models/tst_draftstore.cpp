#include "portal/DraftStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A choice, a text and a file field.
FormSchema schema()
{
    const QByteArray json = R"({"fields": [
      {"key": "model", "type": "choice", "label": "Model", "required": true,
       "choices": [{"value": "laptop", "label": "Laptop"}, {"value": "desktop", "label": "PC"}]},
      {"key": "justification", "type": "multiline", "label": "Justification"},
      {"key": "quote", "type": "file", "label": "Quote"}
    ]})";
    QList<FormProblem> problems;
    return FormSchema::fromJson(json, &problems).value();
}

DraftStore::Draft draft(qint64 personId, qint64 serviceId, const QString &justification)
{
    DraftStore::Draft d;
    d.personId = personId;
    d.serviceId = serviceId;
    d.formVersion = 3;
    d.answers = {{u"model"_s, u"laptop"_s},
                 {u"justification"_s, justification},
                 {u"quote"_s, QJsonArray{QJsonObject{{u"name"_s, u"quote.pdf"_s},
                                                     {u"size"_s, 1200},
                                                     {u"mime"_s, u"application/pdf"_s}}}}};
    return d;
}

} // namespace

// Drafts of forms on disk: one file per person and service, written whole,
// without file answers, and refused with a message when damaged.
class DraftStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void keepsAnswersButFiles();
    void hasNothingWithoutDraft();
    void keepsOneDraftPerPersonAndService();
    void replacesAndRemoves();
    void refusesADamagedDraft_data();
    void refusesADamagedDraft();
    void saysWhenTheFolderCannotBeMade();

private:
    std::unique_ptr<QTemporaryDir> m_folder;
    QString drafts() const { return m_folder->filePath(u"drafts"_s); }
};

void DraftStoreTest::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
}

void DraftStoreTest::keepsAnswersButFiles()
{
    const DraftStore store(drafts());
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY(store.save(draft(7, 42, u"My laptop is six years old."_s), schema()));

    const auto loaded = store.load(7, 42);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QVERIFY(loaded->has_value());
    const DraftStore::Draft &d = **loaded;
    QCOMPARE(d.personId, 7);
    QCOMPARE(d.serviceId, 42);
    QCOMPARE(d.formVersion, 3);
    QCOMPARE(d.answers, (QJsonObject{{u"model"_s, u"laptop"_s},
                                     {u"justification"_s, u"My laptop is six years old."_s}}));
    QVERIFY(d.savedAt >= before && d.savedAt <= QDateTime::currentDateTimeUtc());
    // Written through a temporary file renamed at the end: nothing else stays.
    QCOMPARE(QDir(drafts()).entryList(QDir::Files), QStringList{u"person-7-service-42.json"_s});
}

void DraftStoreTest::hasNothingWithoutDraft()
{
    const DraftStore store(drafts());
    const auto loaded = store.load(7, 42);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QVERIFY(!loaded->has_value());
    QVERIFY(store.remove(7, 42)); // nothing to remove is fine
}

void DraftStoreTest::keepsOneDraftPerPersonAndService()
{
    const DraftStore store(drafts());
    QVERIFY(store.save(draft(7, 42, u"seven on 42"_s), schema()));
    QVERIFY(store.save(draft(8, 42, u"eight on 42"_s), schema()));
    QVERIFY(store.save(draft(7, 43, u"seven on 43"_s), schema()));

    QCOMPARE((*store.load(7, 42))->answers.value(u"justification"_s).toString(), u"seven on 42"_s);
    QCOMPARE((*store.load(8, 42))->answers.value(u"justification"_s).toString(), u"eight on 42"_s);
    QCOMPARE((*store.load(7, 43))->answers.value(u"justification"_s).toString(), u"seven on 43"_s);
    QVERIFY(!store.load(8, 43)->has_value());
}

void DraftStoreTest::replacesAndRemoves()
{
    const DraftStore store(drafts());
    QVERIFY(store.save(draft(7, 42, u"first"_s), schema()));
    QVERIFY(store.save(draft(7, 42, u"second"_s), schema()));
    QCOMPARE((*store.load(7, 42))->answers.value(u"justification"_s).toString(), u"second"_s);

    QVERIFY(store.remove(7, 42));
    QVERIFY(!QFile::exists(store.filePath(7, 42)));
    QVERIFY(!store.load(7, 42)->has_value());
}

void DraftStoreTest::refusesADamagedDraft_data()
{
    QTest::addColumn<QByteArray>("content");

    QTest::newRow("not JSON") << QByteArray("{\"format\": 1, \"answ");
    QTest::newRow("another person's")
        << QByteArray(R"({"format": 1, "personId": 8, "serviceId": 42, "answers": {}})");
    QTest::newRow("another service's")
        << QByteArray(R"({"format": 1, "personId": 7, "serviceId": 43, "answers": {}})");
    QTest::newRow("answers not an object")
        << QByteArray(R"({"format": 1, "personId": 7, "serviceId": 42, "answers": []})");
    QTest::newRow("an unknown format")
        << QByteArray(R"({"format": 2, "personId": 7, "serviceId": 42, "answers": {}})");
}

void DraftStoreTest::refusesADamagedDraft()
{
    QFETCH(QByteArray, content);
    const DraftStore store(drafts());
    QVERIFY(QDir().mkpath(drafts()));
    QFile file(store.filePath(7, 42));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    const auto loaded = store.load(7, 42);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error(),
             u"The draft %1 is damaged: it cannot be restored."_s.arg(store.filePath(7, 42)));
    // A new save replaces it.
    QVERIFY(store.save(draft(7, 42, u"again"_s), schema()));
    QVERIFY(store.load(7, 42));
}

void DraftStoreTest::saysWhenTheFolderCannotBeMade()
{
    // A file where the folder should be.
    QFile blocker(drafts());
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const DraftStore store(drafts());
    const Status saved = store.save(draft(7, 42, u"lost?"_s), schema());
    QVERIFY(!saved);
    QCOMPARE(saved.error(), u"Cannot create the drafts folder %1."_s.arg(drafts()));
    QCOMPARE(QFileInfo(drafts()).isFile(), true);
}

QTEST_GUILESS_MAIN(DraftStoreTest)
#include "tst_draftstore.moc"
