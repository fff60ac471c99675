#include "forms/FormAnswerView.h"
#include "forms/FormSchema.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// One field of each kind that holds an answer, under two sections.
const char *const everyTypeForm = R"({"fields": [
  {"key": "who", "type": "section", "label": "About you", "text": "Who asks."},
  {"key": "name", "type": "text", "label": "Name"},
  {"key": "mail", "type": "email", "label": "E-mail"},
  {"key": "notes", "type": "multiline", "label": "Notes"},
  {"key": "colleague", "type": "person", "label": "Colleague"},
  {"key": "what", "type": "section", "label": "What you need"},
  {"key": "count", "type": "number", "label": "Count", "integer": true},
  {"key": "ratio", "type": "number", "label": "Ratio"},
  {"key": "model", "type": "choice", "label": "Model",
   "choices": [{"value": "laptop", "label": "Laptop"},
               {"value": "desktop", "label": "Desktop PC"}]},
  {"key": "extras", "type": "multichoice", "label": "Extras",
   "choices": [{"value": "bag", "label": "Bag"}, {"value": "mouse", "label": "Mouse"},
               {"value": "dock", "label": "Dock"}]},
  {"key": "urgent", "type": "yesno", "label": "Urgent"},
  {"key": "day", "type": "date", "label": "Day"},
  {"key": "meeting", "type": "datetime", "label": "Meeting"},
  {"key": "files", "type": "file", "label": "Files"},
  {"key": "unused", "type": "text", "label": "Left empty"},
  {"key": "later", "type": "section", "label": "Nothing answered here"},
  {"key": "spare", "type": "text", "label": "Spare"}
]})";

FormSchema schemaOf(const char *json)
{
    QList<FormProblem> problems;
    auto schema = FormSchema::fromJson(QByteArray(json), &problems);
    if (!schema)
        qFatal("test schema refused: %s", qPrintable(problems.first().text()));
    return *schema;
}

QJsonObject answersOf(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class FormAnswerViewTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsEveryTypeInWords();
    void leavesOutEmptyAnswersAndTheirSections();
    void usesTheLabelsOfItsFormVersion();
    void saysWhenNothingWasAnswered();
    void attachmentLinksCarryTheirId();
    void copiesTheAnswers();
};

void FormAnswerViewTest::initTestCase()
{
    // Dates, numbers and sizes are worded in the reader's locale and time
    // zone: fix both.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    qputenv("TZ", "Europe/Paris");
}

void FormAnswerViewTest::showsEveryTypeInWords()
{
    FormAnswerView view;
    Person alice;
    alice.id = 7;
    alice.displayName = u"Alice Martin"_s;
    view.setPeople({alice});
    view.setForm(schemaOf(everyTypeForm), answersOf(R"({
        "name": "Bob", "mail": "bob@example.com", "notes": "first line\nsecond line",
        "colleague": 7, "count": 3, "ratio": 0.25, "model": "desktop",
        "extras": ["bag", "dock"], "urgent": false, "day": "2026-12-24",
        "meeting": "2026-12-07T09:30:00+01:00",
        "files": [{"name": "quote.pdf", "size": 2048, "mime": "application/pdf", "id": 42}]
    })"));

    const QStringList expected = {u"About you"_s,
                                  u"Name: Bob"_s,
                                  u"E-mail: bob@example.com"_s,
                                  u"Notes: first line\n    second line"_s,
                                  u"Colleague: Alice Martin"_s,
                                  u"What you need"_s,
                                  u"Count: 3"_s,
                                  u"Ratio: 0.25"_s,
                                  u"Model: Desktop PC"_s,
                                  u"Extras: Bag and Dock"_s,
                                  u"Urgent: No"_s,
                                  u"Day: Thursday, 24 December 2026"_s,
                                  u"Meeting: 07/12/2026 09:30"_s,
                                  u"Files: quote.pdf (2.0 KiB)"_s};
    QCOMPARE(view.plainText().split(u'\n'), expected.join(u'\n').split(u'\n'));

    // Each answer sits in its own label, found by the field's key.
    auto *model = view.findChild<QLabel *>(u"answer_model"_s);
    QVERIFY(model);
    QCOMPARE(model->text(), u"Desktop PC"_s);
}

void FormAnswerViewTest::leavesOutEmptyAnswersAndTheirSections()
{
    FormAnswerView view;
    view.setForm(schemaOf(everyTypeForm),
                 answersOf(R"({"count": 12, "unused": "  ", "extras": []})"));

    QCOMPARE(view.plainText(), u"What you need\nCount: 12"_s);
    QVERIFY(!view.findChild<QLabel *>(u"section_who"_s));
    QVERIFY(!view.findChild<QLabel *>(u"section_later"_s));
    QVERIFY(!view.findChild<QLabel *>(u"answer_unused"_s));
}

void FormAnswerViewTest::usesTheLabelsOfItsFormVersion()
{
    // The request was filled against version 1; version 2 renamed the field
    // and its choice. The view shows what the requester saw.
    const FormSchema version1 = schemaOf(R"({"fields": [{"key": "model", "type": "choice",
        "label": "Model", "choices": [{"value": "laptop", "label": "Laptop"},
                                      {"value": "desktop", "label": "Desktop PC"}]}]})");
    const FormSchema version2 = schemaOf(R"({"fields": [{"key": "model", "type": "choice",
        "label": "Computer", "choices": [{"value": "laptop", "label": "Notebook"},
                                         {"value": "tower", "label": "Tower"}]}]})");
    const QJsonObject answers{{u"model"_s, u"laptop"_s}};

    FormAnswerView view;
    view.setForm(version1, answers);
    QCOMPARE(view.plainText(), u"Model: Laptop"_s);
    view.setForm(version2, answers);
    QCOMPARE(view.plainText(), u"Computer: Notebook"_s);
    // A value the version does not list is shown as stored, not dropped.
    view.setForm(version2, {{u"model"_s, u"desktop"_s}});
    QCOMPARE(view.plainText(), u"Computer: desktop"_s);
}

void FormAnswerViewTest::saysWhenNothingWasAnswered()
{
    FormAnswerView view;
    view.setForm(schemaOf(everyTypeForm), {});
    QVERIFY(view.plainText().isEmpty());
    QVERIFY(view.findChild<QLabel *>(u"noAnswersLabel"_s));

    // Filling it again replaces the note.
    view.setForm(schemaOf(everyTypeForm), answersOf(R"({"name": "Bob"})"));
    QVERIFY(!view.findChild<QLabel *>(u"noAnswersLabel"_s));
    QCOMPARE(view.plainText(), u"About you\nName: Bob"_s);
}

void FormAnswerViewTest::attachmentLinksCarryTheirId()
{
    FormAnswerView view;
    view.setForm(schemaOf(everyTypeForm), answersOf(R"({"files": [
        {"name": "a.png", "size": 10, "mime": "image/png", "id": 5},
        {"name": "<b>.txt", "size": 10, "mime": "text/plain", "id": 6}]})"));
    auto *files = view.findChild<QLabel *>(u"answer_files"_s);
    QVERIFY(files);
    // Names are escaped: a file name never turns into markup.
    QVERIFY(files->text().contains(u"&lt;b&gt;.txt"_s));
    QVERIFY(files->text().contains(u"href=\"attachment:6\""_s));

    QSignalSpy activated(&view, &FormAnswerView::attachmentActivated);
    emit files->linkActivated(u"attachment:6"_s);
    emit files->linkActivated(u"https://example.com"_s);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toLongLong(), 6);
}

void FormAnswerViewTest::copiesTheAnswers()
{
    FormAnswerView view;
    view.setForm(schemaOf(everyTypeForm), answersOf(R"({"name": "Bob", "urgent": true})"));
    auto *copy = view.findChild<QAction *>(u"copyAnswersAction"_s);
    QVERIFY(copy);
    copy->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             u"About you\nName: Bob\nWhat you need\nUrgent: Yes"_s);
}

QTEST_MAIN(FormAnswerViewTest)
#include "tst_formanswerview.moc"
