#include "forms/FormSchema.h"
#include "forms/FormValidator.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// The answers to a form, field type by field type and rule by rule: what is
// refused with which message, and what is stored once cleaned.
class FormValidationTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checksEachTypeAndRule_data();
    void checksEachTypeAndRule();
    void dropsUnknownKeysAndSections();
    void reportsOneErrorPerFieldInFormOrder();
    void checksTheRequiredFieldsOnly();

private:
    static void addTextRows();
    static void addNumberRows();
    static void addChoiceRows();
    static void addDateRows();
    static void addFileAndPersonRows();
    static FormSchema parse(const QJsonArray &fields);
};

namespace {

const QDate today(2024, 6, 10);
const QJsonValue none(QJsonValue::Undefined);

// The field under test: key "answer", label "Your answer", and its rules.
QJsonObject field(const QString &type, QJsonObject rules = {})
{
    rules.insert(u"key"_s, u"answer"_s);
    rules.insert(u"type"_s, type);
    rules.insert(u"label"_s, u"Your answer"_s);
    return rules;
}

QJsonArray choices(const QStringList &values)
{
    QJsonArray list;
    for (const QString &value : values)
        list.append(QJsonObject{{u"value"_s, value}, {u"label"_s, value.toUpper()}});
    return list;
}

QJsonObject attachment(const QString &name, double size)
{
    return {{u"name"_s, name}, {u"size"_s, size}, {u"mime"_s, u"application/octet-stream"_s}};
}

QString problemText(const QList<FormProblem> &problems)
{
    QStringList lines;
    for (const FormProblem &problem : problems)
        lines.append(problem.text());
    return lines.join(u'\n');
}

} // namespace

void FormValidationTest::initTestCase()
{
    // Numbers, dates and lists in messages follow the user's locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

FormSchema FormValidationTest::parse(const QJsonArray &fields)
{
    QList<FormProblem> problems;
    const auto schema = FormSchema::fromJson(QJsonObject{{u"fields"_s, fields}}, &problems);
    if (!schema)
        qFatal("the test's form is refused: %s", qPrintable(problemText(problems)));
    return *schema;
}

void FormValidationTest::checksEachTypeAndRule_data()
{
    QTest::addColumn<QJsonObject>("field");
    QTest::addColumn<QJsonValue>("answer"); // undefined: the key is left out
    QTest::addColumn<QString>("error");     // part of the message; empty: valid
    QTest::addColumn<QJsonValue>("stored"); // undefined: nothing stored

    addTextRows();
    addNumberRows();
    addChoiceRows();
    addDateRows();
    addFileAndPersonRows();
}

void FormValidationTest::addTextRows()
{
    const QJsonObject required = field(u"text"_s, {{u"required"_s, true}});
    const QJsonObject code = field(u"text"_s, {{u"pattern"_s, u"[A-Z]{2}[0-9]{4}"_s},
                                               {u"patternMessage"_s, u"Write AB1234."_s}});
    const QJsonObject lengths = field(u"text"_s, {{u"minLength"_s, 3}, {u"maxLength"_s, 5}});

    QTest::newRow("text: valid") << field(u"text"_s) << QJsonValue(u"hello"_s) << QString()
                                 << QJsonValue(u"hello"_s);
    QTest::newRow("text: trimmed")
        << field(u"text"_s) << QJsonValue(u"  hi  "_s) << QString() << QJsonValue(u"hi"_s);
    QTest::newRow("text: blank, optional")
        << field(u"text"_s) << QJsonValue(u"   "_s) << QString() << none;
    QTest::newRow("text: blank, required")
        << required << QJsonValue(u"  "_s) << u"\"Your answer\" needs an answer."_s << none;
    QTest::newRow("text: missing, required")
        << required << none << u"\"Your answer\" needs an answer."_s << none;
    QTest::newRow("text: null, required")
        << required << QJsonValue(QJsonValue::Null) << u"needs an answer"_s << none;
    QTest::newRow("text: a number")
        << field(u"text"_s) << QJsonValue(12) << u"\"Your answer\" must be a text."_s << none;
    QTest::newRow("text: a list") << required << QJsonValue(QJsonArray{u"a"_s})
                                  << u"must be a text"_s << none;
    QTest::newRow("text: too short")
        << lengths << QJsonValue(u"ab"_s) << u"needs at least 3 character"_s << QJsonValue(u"ab"_s);
    QTest::newRow("text: shortest")
        << lengths << QJsonValue(u"abc"_s) << QString() << QJsonValue(u"abc"_s);
    QTest::newRow("text: longest")
        << lengths << QJsonValue(u"abcde"_s) << QString() << QJsonValue(u"abcde"_s);
    QTest::newRow("text: too long") << lengths << QJsonValue(u"abcdef"_s)
                                    << u"holds at most 5 character"_s << QJsonValue(u"abcdef"_s);
    QTest::newRow("text: length counts characters")
        << field(u"text"_s, {{u"maxLength"_s, 2}}) << QJsonValue(u"😀😀"_s) << QString()
        << QJsonValue(u"😀😀"_s);
    QTest::newRow("text: length of blanks inside")
        << lengths << QJsonValue(u" a b c d "_s) << u"at most 5"_s << QJsonValue(u"a b c d"_s);
    QTest::newRow("text: bound without a rule")
        << field(u"text"_s) << QJsonValue(QString(100001, u'x')) << u"at most 100000 character"_s
        << QJsonValue(QString(100001, u'x'));
    QTest::newRow("pattern: matches")
        << code << QJsonValue(u"AB1234"_s) << QString() << QJsonValue(u"AB1234"_s);
    QTest::newRow("pattern: its message")
        << code << QJsonValue(u"ab1234"_s) << u"\"Your answer\": Write AB1234."_s
        << QJsonValue(u"ab1234"_s);
    QTest::newRow("pattern: the whole answer, end")
        << code << QJsonValue(u"AB12345"_s) << u"Write AB1234."_s << QJsonValue(u"AB12345"_s);
    QTest::newRow("pattern: the whole answer, start")
        << code << QJsonValue(u"xAB1234"_s) << u"Write AB1234."_s << QJsonValue(u"xAB1234"_s);
    QTest::newRow("pattern: alternatives anchored")
        << field(u"text"_s, {{u"pattern"_s, u"a|b"_s}}) << QJsonValue(u"ab"_s)
        << u"\"Your answer\" is not written in the expected format."_s << QJsonValue(u"ab"_s);
    QTest::newRow("pattern: not checked on blank")
        << code << QJsonValue(u""_s) << QString() << none;
    QTest::newRow("multiline: keeps lines")
        << field(u"multiline"_s) << QJsonValue(u"line 1\nline 2\n"_s) << QString()
        << QJsonValue(u"line 1\nline 2"_s);
    QTest::newRow("multiline: too long")
        << field(u"multiline"_s, {{u"maxLength"_s, 4}}) << QJsonValue(u"a\nbcd"_s) << u"at most 4"_s
        << QJsonValue(u"a\nbcd"_s);
    QTest::newRow("email: valid") << field(u"email"_s) << QJsonValue(u" ana.lopez@example.com "_s)
                                  << QString() << QJsonValue(u"ana.lopez@example.com"_s);
    QTest::newRow("email: no domain")
        << field(u"email"_s) << QJsonValue(u"ana@"_s)
        << u"\"Your answer\" must be an e-mail address"_s << QJsonValue(u"ana@"_s);
    QTest::newRow("email: no at sign")
        << field(u"email"_s) << QJsonValue(u"ana.example.com"_s) << u"must be an e-mail address"_s
        << QJsonValue(u"ana.example.com"_s);
    QTest::newRow("email: no dot in domain")
        << field(u"email"_s) << QJsonValue(u"ana@example"_s) << u"must be an e-mail address"_s
        << QJsonValue(u"ana@example"_s);
    QTest::newRow("email: a space")
        << field(u"email"_s) << QJsonValue(u"ana lopez@example.com"_s)
        << u"must be an e-mail address"_s << QJsonValue(u"ana lopez@example.com"_s);
    QTest::newRow("email: two at signs")
        << field(u"email"_s) << QJsonValue(u"a@b@example.com"_s) << u"must be an e-mail address"_s
        << QJsonValue(u"a@b@example.com"_s);
    QTest::newRow("email: with a pattern")
        << field(u"email"_s, {{u"pattern"_s, u".*@kalia\\.example"_s}})
        << QJsonValue(u"ana@example.com"_s) << u"expected format"_s
        << QJsonValue(u"ana@example.com"_s);
}

void FormValidationTest::addNumberRows()
{
    const QJsonObject limits = field(u"number"_s, {{u"min"_s, 18}, {u"max"_s, 65}});
    const QJsonObject whole = field(u"number"_s, {{u"integer"_s, true}});

    QTest::newRow("number: whole")
        << field(u"number"_s) << QJsonValue(42) << QString() << QJsonValue(42);
    QTest::newRow("number: decimal")
        << field(u"number"_s) << QJsonValue(3.5) << QString() << QJsonValue(3.5);
    QTest::newRow("number: zero is an answer") << field(u"number"_s, {{u"required"_s, true}})
                                               << QJsonValue(0) << QString() << QJsonValue(0);
    QTest::newRow("number: integer refuses decimal")
        << whole << QJsonValue(3.5) << u"\"Your answer\" must be a whole number."_s
        << QJsonValue(3.5);
    QTest::newRow("number: integer takes 4.0")
        << whole << QJsonValue(4.0) << QString() << QJsonValue(4);
    QTest::newRow("number: integer beyond 2^53")
        << whole << QJsonValue(1e300) << u"must be a whole number"_s << QJsonValue(1e300);
    QTest::newRow("number: below minimum")
        << limits << QJsonValue(17) << u"\"Your answer\" must be at least 18."_s << QJsonValue(17);
    QTest::newRow("number: minimum") << limits << QJsonValue(18) << QString() << QJsonValue(18);
    QTest::newRow("number: maximum") << limits << QJsonValue(65) << QString() << QJsonValue(65);
    QTest::newRow("number: above maximum")
        << limits << QJsonValue(65.5) << u"\"Your answer\" must be at most 65."_s
        << QJsonValue(65.5);
    QTest::newRow("number: decimal minimum")
        << field(u"number"_s, {{u"min"_s, -1.5}}) << QJsonValue(-1.6) << u"must be at least -1.5"_s
        << QJsonValue(-1.6);
    QTest::newRow("number: a text") << field(u"number"_s) << QJsonValue(u"42"_s)
                                    << u"\"Your answer\" must be a number."_s << none;
    QTest::newRow("number: true") << field(u"number"_s) << QJsonValue(true) << u"must be a number"_s
                                  << none;
    QTest::newRow("number: missing, required")
        << field(u"number"_s, {{u"required"_s, true}}) << none << u"needs an answer"_s << none;
}

void FormValidationTest::addChoiceRows()
{
    const QJsonObject model =
        field(u"choice"_s, {{u"choices"_s, choices({u"laptop"_s, u"desktop"_s})}});
    const QJsonObject requiredModel =
        field(u"choice"_s, {{u"choices"_s, choices({u"laptop"_s})}, {u"required"_s, true}});
    const QJsonObject extras =
        field(u"multichoice"_s, {{u"choices"_s, choices({u"screen"_s, u"dock"_s, u"bag"_s})}});
    QJsonObject requiredExtras = extras;
    requiredExtras.insert(u"required"_s, true);
    const QJsonObject yesNo = field(u"yesno"_s, {{u"required"_s, true}});

    QTest::newRow("choice: one of them")
        << model << QJsonValue(u"desktop"_s) << QString() << QJsonValue(u"desktop"_s);
    QTest::newRow("choice: not one of them")
        << model << QJsonValue(u"tablet"_s)
        << u"\"tablet\" is not one of the choices of \"Your answer\"."_s << none;
    QTest::newRow("choice: the label is not the value")
        << model << QJsonValue(u"LAPTOP"_s) << u"is not one of the choices"_s << none;
    QTest::newRow("choice: empty, optional") << model << QJsonValue(u""_s) << QString() << none;
    QTest::newRow("choice: empty, required")
        << requiredModel << QJsonValue(u""_s) << u"needs an answer"_s << none;
    QTest::newRow("choice: a number")
        << model << QJsonValue(1) << u"\"Your answer\" must be one of its choices."_s << none;
    QTest::newRow("multichoice: in the order of the choices")
        << extras << QJsonValue(QJsonArray{u"bag"_s, u"screen"_s}) << QString()
        << QJsonValue(QJsonArray{u"screen"_s, u"bag"_s});
    QTest::newRow("multichoice: each once")
        << extras << QJsonValue(QJsonArray{u"dock"_s, u"dock"_s}) << QString()
        << QJsonValue(QJsonArray{u"dock"_s});
    QTest::newRow("multichoice: not one of them")
        << extras << QJsonValue(QJsonArray{u"dock"_s, u"mug"_s})
        << u"\"mug\" is not one of the choices of \"Your answer\"."_s << none;
    QTest::newRow("multichoice: a text, not a list")
        << extras << QJsonValue(u"dock"_s) << u"\"Your answer\" must be a list of its choices."_s
        << none;
    QTest::newRow("multichoice: a number in the list")
        << extras << QJsonValue(QJsonArray{1}) << u"must be a list of its choices"_s << none;
    QTest::newRow("multichoice: none picked, optional")
        << extras << QJsonValue(QJsonArray()) << QString() << none;
    QTest::newRow("multichoice: none picked, required")
        << requiredExtras << QJsonValue(QJsonArray()) << u"needs an answer"_s << none;
    QTest::newRow("yesno: yes") << yesNo << QJsonValue(true) << QString() << QJsonValue(true);
    QTest::newRow("yesno: no is an answer")
        << yesNo << QJsonValue(false) << QString() << QJsonValue(false);
    QTest::newRow("yesno: a text") << yesNo << QJsonValue(u"yes"_s)
                                   << u"\"Your answer\" must be answered yes or no."_s << none;
    QTest::newRow("yesno: a number")
        << yesNo << QJsonValue(1) << u"must be answered yes or no"_s << none;
    QTest::newRow("yesno: missing, required") << yesNo << none << u"needs an answer"_s << none;
}

void FormValidationTest::addDateRows()
{
    const QJsonObject range =
        field(u"date"_s, {{u"dateMin"_s, u"2024-01-01"_s}, {u"dateMax"_s, u"2024-12-31"_s}});
    const QJsonObject future = field(u"date"_s, {{u"notInPast"_s, true}});
    const QJsonObject ahead = field(u"date"_s, {{u"minDaysAhead"_s, 3}});
    const QJsonObject meeting = field(u"datetime"_s, {{u"notInPast"_s, true}});

    QTest::newRow("date: valid") << field(u"date"_s) << QJsonValue(u"2024-07-01"_s) << QString()
                                 << QJsonValue(u"2024-07-01"_s);
    QTest::newRow("date: no leading zeros") << field(u"date"_s) << QJsonValue(u"2024-7-1"_s)
                                            << u"\"Your answer\" must be a date."_s << none;
    QTest::newRow("date: no such day")
        << field(u"date"_s) << QJsonValue(u"2024-02-30"_s) << u"must be a date"_s << none;
    QTest::newRow("date: another layout")
        << field(u"date"_s) << QJsonValue(u"01/07/2024"_s) << u"must be a date"_s << none;
    QTest::newRow("date: with a time")
        << field(u"date"_s) << QJsonValue(u"2024-07-01T10:00:00"_s) << u"must be a date"_s << none;
    QTest::newRow("date: a number")
        << field(u"date"_s) << QJsonValue(20240701) << u"must be a date"_s << none;
    QTest::newRow("date: before the earliest")
        << range << QJsonValue(u"2023-12-31"_s) << u"\"Your answer\" cannot be before "_s
        << QJsonValue(u"2023-12-31"_s);
    QTest::newRow("date: the earliest")
        << range << QJsonValue(u"2024-01-01"_s) << QString() << QJsonValue(u"2024-01-01"_s);
    QTest::newRow("date: the latest")
        << range << QJsonValue(u"2024-12-31"_s) << QString() << QJsonValue(u"2024-12-31"_s);
    QTest::newRow("date: after the latest")
        << range << QJsonValue(u"2025-01-01"_s) << u"\"Your answer\" cannot be after "_s
        << QJsonValue(u"2025-01-01"_s);
    QTest::newRow("date: yesterday, not in the past")
        << future << QJsonValue(u"2024-06-09"_s) << u"\"Your answer\" cannot be in the past."_s
        << QJsonValue(u"2024-06-09"_s);
    QTest::newRow("date: today, not in the past")
        << future << QJsonValue(u"2024-06-10"_s) << QString() << QJsonValue(u"2024-06-10"_s);
    QTest::newRow("date: past allowed without the rule")
        << field(u"date"_s) << QJsonValue(u"1999-01-01"_s) << QString()
        << QJsonValue(u"1999-01-01"_s);
    QTest::newRow("date: 2 days ahead of 3")
        << ahead << QJsonValue(u"2024-06-12"_s) << u"must be at least 3 day"_s
        << QJsonValue(u"2024-06-12"_s);
    QTest::newRow("date: 3 days ahead of 3")
        << ahead << QJsonValue(u"2024-06-13"_s) << QString() << QJsonValue(u"2024-06-13"_s);
    QTest::newRow("datetime: valid")
        << field(u"datetime"_s) << QJsonValue(u"2024-07-01T09:30:00Z"_s) << QString()
        << QJsonValue(u"2024-07-01T09:30:00Z"_s);
    QTest::newRow("datetime: local time")
        << field(u"datetime"_s) << QJsonValue(u"2024-07-01T09:30"_s) << QString()
        << QJsonValue(u"2024-07-01T09:30"_s);
    QTest::newRow("datetime: a date only") << field(u"datetime"_s) << QJsonValue(u"2024-07-01"_s)
                                           << u"\"Your answer\" must be a date and time."_s << none;
    QTest::newRow("datetime: words") << field(u"datetime"_s) << QJsonValue(u"tomorrow at 9"_s)
                                     << u"must be a date and time"_s << none;
    QTest::newRow("datetime: in the past")
        << meeting << QJsonValue(u"2024-06-09T23:00:00"_s) << u"cannot be in the past"_s
        << QJsonValue(u"2024-06-09T23:00:00"_s);
    QTest::newRow("datetime: later today") << meeting << QJsonValue(u"2024-06-10T16:00:00"_s)
                                           << QString() << QJsonValue(u"2024-06-10T16:00:00"_s);
    QTest::newRow("datetime: after the latest")
        << field(u"datetime"_s, {{u"dateMax"_s, u"2024-06-30"_s}})
        << QJsonValue(u"2024-07-01T08:00:00"_s) << u"cannot be after"_s
        << QJsonValue(u"2024-07-01T08:00:00"_s);
}

void FormValidationTest::addFileAndPersonRows()
{
    const QJsonObject pdf = field(
        u"file"_s, {{u"extensions"_s, QJsonArray{u"pdf"_s, u".PNG"_s}}, {u"maxSizeBytes"_s, 1000}});
    const QJsonObject requiredFile = field(u"file"_s, {{u"required"_s, true}});
    QJsonObject withPath = attachment(u"a.pdf"_s, 10);
    withPath.insert(u"path"_s, u"/etc/passwd"_s);
    QJsonObject stored = attachment(u"a.pdf"_s, 10);
    stored.insert(u"id"_s, 7);
    stored.insert(u"sha256"_s, u"ab12"_s);
    const QJsonObject person = field(u"person"_s, {{u"required"_s, true}});

    QTest::newRow("file: one attachment")
        << pdf << QJsonValue(attachment(u"a.pdf"_s, 10)) << QString()
        << QJsonValue(QJsonArray{attachment(u"a.pdf"_s, 10)});
    QTest::newRow("file: a list")
        << pdf << QJsonValue(QJsonArray{attachment(u"a.pdf"_s, 10), attachment(u"b.png"_s, 20)})
        << QString()
        << QJsonValue(QJsonArray{attachment(u"a.pdf"_s, 10), attachment(u"b.png"_s, 20)});
    QTest::newRow("file: extension in capitals")
        << pdf << QJsonValue(attachment(u"SCAN.PDF"_s, 10)) << QString()
        << QJsonValue(QJsonArray{attachment(u"SCAN.PDF"_s, 10)});
    QTest::newRow("file: extension not allowed")
        << pdf << QJsonValue(attachment(u"notes.docx"_s, 10))
        << u"\"notes.docx\" cannot be attached to \"Your answer\": "
           u"only pdf and png files are accepted."_s
        << QJsonValue(QJsonArray{attachment(u"notes.docx"_s, 10)});
    QTest::newRow("file: extension only in the name")
        << pdf << QJsonValue(attachment(u"pdf"_s, 10)) << u"cannot be attached"_s
        << QJsonValue(QJsonArray{attachment(u"pdf"_s, 10)});
    QTest::newRow("file: at the size limit")
        << pdf << QJsonValue(attachment(u"a.pdf"_s, 1000)) << QString()
        << QJsonValue(QJsonArray{attachment(u"a.pdf"_s, 1000)});
    QTest::newRow("file: above the size limit")
        << pdf << QJsonValue(attachment(u"big.pdf"_s, 1001))
        << u"\"big.pdf\" is too large for \"Your answer\""_s
        << QJsonValue(QJsonArray{attachment(u"big.pdf"_s, 1001)});
    QTest::newRow("file: second one too large")
        << pdf << QJsonValue(QJsonArray{attachment(u"a.pdf"_s, 1), attachment(u"b.pdf"_s, 5000)})
        << u"\"b.pdf\" is too large"_s
        << QJsonValue(QJsonArray{attachment(u"a.pdf"_s, 1), attachment(u"b.pdf"_s, 5000)});
    QTest::newRow("file: no name") << pdf << QJsonValue(QJsonObject{{u"size"_s, 10}})
                                   << u"\"Your answer\" must hold attached files"_s << none;
    QTest::newRow("file: negative size")
        << pdf << QJsonValue(attachment(u"a.pdf"_s, -1)) << u"must hold attached files"_s << none;
    QTest::newRow("file: size as text")
        << pdf << QJsonValue(QJsonObject{{u"name"_s, u"a.pdf"_s}, {u"size"_s, u"10"_s}})
        << u"must hold attached files"_s << none;
    QTest::newRow("file: a file name")
        << pdf << QJsonValue(u"a.pdf"_s) << u"must hold attached files"_s << none;
    QTest::newRow("file: a number in the list")
        << pdf << QJsonValue(QJsonArray{3}) << u"must hold attached files"_s << none;
    QTest::newRow("file: unknown members dropped")
        << pdf << QJsonValue(withPath) << QString()
        << QJsonValue(QJsonArray{attachment(u"a.pdf"_s, 10)});
    QTest::newRow("file: stored id and digest kept")
        << pdf << QJsonValue(stored) << QString() << QJsonValue(QJsonArray{stored});
    QTest::newRow("file: none, required")
        << requiredFile << QJsonValue(QJsonArray()) << u"needs an answer"_s << none;
    QTest::newRow("file: any extension without a rule")
        << requiredFile << QJsonValue(attachment(u"x.exe"_s, 1e6)) << QString()
        << QJsonValue(QJsonArray{attachment(u"x.exe"_s, 1e6)});
    QTest::newRow("file: above the storage limit, without a limit of its own")
        << requiredFile << QJsonValue(attachment(u"x.iso"_s, 1e9)) << u"the limit is 50"_s
        << QJsonValue(QJsonArray{attachment(u"x.iso"_s, 1e9)});
    QTest::newRow("person: an id") << person << QJsonValue(12) << QString() << QJsonValue(12);
    QTest::newRow("person: zero") << person << QJsonValue(0)
                                  << u"\"Your answer\" must be a person from the directory."_s
                                  << none;
    QTest::newRow("person: negative") << person << QJsonValue(-3) << u"must be a person"_s << none;
    QTest::newRow("person: a fraction")
        << person << QJsonValue(1.5) << u"must be a person"_s << none;
    QTest::newRow("person: a text")
        << person << QJsonValue(u"12"_s) << u"must be a person"_s << none;
    QTest::newRow("person: missing, required") << person << none << u"needs an answer"_s << none;
}

void FormValidationTest::checksEachTypeAndRule()
{
    QFETCH(QJsonObject, field);
    QFETCH(QJsonValue, answer);
    QFETCH(QString, error);
    QFETCH(QJsonValue, stored);

    const FormSchema schema = parse({field});
    QJsonObject answers;
    if (!answer.isUndefined())
        answers.insert(u"answer"_s, answer);
    const FormValidation result = FormValidator::validate(schema, answers, today);

    if (error.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.errorFor(u"answer"_s)));
    } else {
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().key, u"answer"_s);
        const QString message = result.errors.first().message;
        QVERIFY2(message.contains(error), qPrintable(message));
        QVERIFY2(message.contains(u"\"Your answer\""_s), qPrintable(message));
    }
    QCOMPARE(result.answers.value(u"answer"_s), stored);
    QCOMPARE(result.answers.size(), stored.isUndefined() ? 0 : 1);
}

void FormValidationTest::dropsUnknownKeysAndSections()
{
    const FormSchema schema =
        parse({field(u"text"_s), QJsonObject{{u"key"_s, u"intro"_s},
                                             {u"type"_s, u"section"_s},
                                             {u"label"_s, u"Before you start"_s},
                                             {u"text"_s, u"Read this."_s}}});

    const FormValidation result = FormValidator::validate(schema,
                                                          {{u"answer"_s, u"kept"_s},
                                                           {u"intro"_s, u"typed into a heading"_s},
                                                           {u"injected"_s, u"not a field"_s},
                                                           {u"__proto__"_s, QJsonObject()}},
                                                          today);

    QVERIFY(result.ok());
    QCOMPARE(result.answers, QJsonObject({{u"answer"_s, u"kept"_s}}));
    QCOMPARE(result.visible, QList<bool>({true, true}));
}

void FormValidationTest::reportsOneErrorPerFieldInFormOrder()
{
    const FormSchema schema = parse(
        {QJsonObject{{u"key"_s, u"name"_s},
                     {u"type"_s, u"text"_s},
                     {u"label"_s, u"Name"_s},
                     {u"required"_s, true},
                     {u"minLength"_s, 3}},
         QJsonObject{{u"key"_s, u"age"_s},
                     {u"type"_s, u"number"_s},
                     {u"label"_s, u"Age"_s},
                     {u"integer"_s, true},
                     {u"min"_s, 18}},
         QJsonObject{{u"key"_s, u"mail"_s}, {u"type"_s, u"email"_s}, {u"label"_s, u"E-mail"_s}},
         QJsonObject{{u"key"_s, u"note"_s}, {u"type"_s, u"text"_s}, {u"label"_s, u"Note"_s}}});

    // Age breaks two rules; the first one named is enough.
    const FormValidation result = FormValidator::validate(
        schema, {{u"mail"_s, u"x"_s}, {u"age"_s, 12.5}, {u"note"_s, u"fine"_s}}, today);

    const QList<FormValidation::FieldError> expected = {
        {u"name"_s, u"\"Name\" needs an answer."_s},
        {u"age"_s, u"\"Age\" must be a whole number."_s},
        {u"mail"_s, u"\"E-mail\" must be an e-mail address, such as name@example.com."_s}};
    QCOMPARE(result.errors, expected);
    QCOMPARE(result.errorFor(u"note"_s), QString());
    QVERIFY(!result.ok());
}

void FormValidationTest::checksTheRequiredFieldsOnly()
{
    const FormSchema schema = parse(
        {QJsonObject{{u"key"_s, u"first"_s},
                     {u"type"_s, u"text"_s},
                     {u"label"_s, u"First"_s},
                     {u"required"_s, true}},
         QJsonObject{{u"key"_s, u"second"_s}, {u"type"_s, u"text"_s}, {u"label"_s, u"Second"_s}}});

    const FormValidation empty = FormValidator::validate(schema, {}, today);
    QCOMPARE(empty.errors.size(), 1);
    QCOMPARE(empty.errors.first().key, u"first"_s);

    const FormValidation filled = FormValidator::validate(schema, {{u"first"_s, u"x"_s}}, today);
    QVERIFY(filled.ok());
    QCOMPARE(filled.answers, QJsonObject({{u"first"_s, u"x"_s}}));
}

QTEST_GUILESS_MAIN(FormValidationTest)
#include "tst_formvalidation.moc"
