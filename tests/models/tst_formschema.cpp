#include "demo/DemoServices.h"
#include "forms/FormKeyGenerator.h"
#include "forms/FormSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// The form schema on its own: what is read is written back unchanged, every
// kind of malformed schema is refused with a problem at its place (and
// nothing crashes), and new fields get stable keys.
class FormSchemaTest : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void acceptsEveryDemoForm();
    void writesOnlyTheMembersOfTheType();
    void checksTheDesignersFields();
    void refusesMalformedSchemas_data();
    void refusesMalformedSchemas();
    void reportsEveryProblem();
    void acceptsNestingUpToTheLimit();
    void survivesTruncation();
    void survivesWrongTypesAndHugeValues();
    void ordersFieldsAfterTheirConditions();
    void generatesKeys_data();
    void generatesKeys();
};

namespace {

// Every type and every property, written as FormSchema writes it.
const char everything[] = R"({"fields": [
 {"key": "intro", "type": "section", "label": "Before you start",
  "text": "Tell us what you need."},
 {"key": "model", "type": "choice", "label": "Model", "help": "Pick one.", "required": true,
  "default": "laptop", "display": "radio",
  "choices": [{"value": "laptop", "label": "Laptop"}, {"value": "desktop", "label": "Desktop"}]},
 {"key": "screen", "type": "yesno", "label": "Extra screen", "required": false,
  "default": false, "visibleWhen": {"field": "model", "op": "equals", "value": "desktop"}},
 {"key": "extras", "type": "multichoice", "label": "Extras", "required": false,
  "default": ["dock"],
  "choices": [{"value": "dock", "label": "Docking station"}, {"value": "bag", "label": "Bag"}]},
 {"key": "employee", "type": "text", "label": "Employee number", "required": true,
  "placeholder": "AB1234", "pattern": "[A-Z]{2}[0-9]{4}",
  "patternMessage": "Two capitals and four digits.", "minLength": 6, "maxLength": 6},
 {"key": "details", "type": "multiline", "label": "Details", "required": false,
  "maxLength": 2000},
 {"key": "contact", "type": "email", "label": "Contact", "required": false,
  "default": "it@example.com"},
 {"key": "count", "type": "number", "label": "How many", "required": true, "integer": true,
  "min": 1, "max": 20, "default": 1, "placeholder": "1"},
 {"key": "budget", "type": "number", "label": "Budget", "required": false, "integer": false,
  "min": 0.5, "visibleWhen": {"any": [
    {"field": "count", "op": "greaterThan", "value": 2},
    {"all": [{"field": "extras", "op": "contains", "value": "bag"},
             {"field": "contact", "op": "isNotEmpty"}]}]}},
 {"key": "wanted", "type": "date", "label": "Wanted by", "required": true,
  "dateMin": "2024-01-01", "dateMax": "2030-12-31", "notInPast": true, "minDaysAhead": 3},
 {"key": "visit", "type": "datetime", "label": "Visit", "required": false, "notInPast": true},
 {"key": "quote", "type": "file", "label": "Quote", "required": false,
  "extensions": ["pdf", "png"], "maxSizeBytes": 5242880},
 {"key": "manager", "type": "person", "label": "Manager", "required": false,
  "placeholder": "Search"}
]})";

QString problemText(const QList<FormProblem> &problems)
{
    QStringList lines;
    for (const FormProblem &problem : problems)
        lines.append(problem.text());
    return lines.join(u'\n');
}

QByteArray form(const QByteArray &fields)
{
    return "{\"fields\": [" + fields + "]}";
}

// A plain text field, followed by the field under test.
QByteArray afterName(const QByteArray &field)
{
    return form(R"({"key": "name", "type": "text", "label": "Name"}, )" + field);
}

// A text field shown when condition holds.
QByteArray textWhen(const QByteArray &key, const QByteArray &condition)
{
    return R"({"key": ")" + key + R"(", "type": "text", "label": "T", "visibleWhen": )" +
           condition + "}";
}

QByteArray isEmptyOf(const QByteArray &key)
{
    return R"({"field": ")" + key + R"(", "op": "isEmpty"})";
}

QByteArray nested(int depth)
{
    QByteArray condition = R"({"field": "name", "op": "isEmpty"})";
    for (int i = 0; i < depth; ++i)
        condition = "{\"all\": [" + condition + "]}";
    return afterName(R"({"key": "deep", "type": "text", "label": "Deep", "visibleWhen": )" +
                     condition + "}");
}

QByteArray manyFields(int count)
{
    QByteArrayList fields;
    for (int i = 0; i < count; ++i)
        fields.append("{\"key\": \"f" + QByteArray::number(i) +
                      "\", \"type\": \"text\", \"label\": \"F\"}");
    return form(fields.join(", "));
}

QByteArray wideGroup(int size)
{
    QByteArrayList leaves(size, R"({"field": "name", "op": "isEmpty"})");
    return afterName(R"({"key": "wide", "type": "text", "label": "Wide", "visibleWhen": )"
                     R"({"any": [)" +
                     leaves.join(", ") + "]}}");
}

} // namespace

void FormSchemaTest::roundTrip_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("every type and property") << QByteArray(everything);
    QTest::newRow("empty form") << QByteArray(R"({"fields": []})");
    QTest::newRow("as the demo writes it")
        << QByteArray(R"({"fields": [{"key": "account", "type": "choice", "label": "Account",
            "required": true, "display": "dropdown",
            "choices": [{"value": "mail", "label": "E-mail"}]},
            {"key": "phone", "type": "text", "label": "Phone", "required": false}]})");
}

void FormSchemaTest::roundTrip()
{
    QFETCH(QByteArray, json);

    QList<FormProblem> problems;
    const auto schema = FormSchema::fromJson(json, &problems);
    QVERIFY2(schema, qPrintable(problemText(problems)));

    // Written back member for member, and read again to the same form.
    QCOMPARE(QJsonDocument(schema->toJson()).toJson(), QJsonDocument::fromJson(json).toJson());
    const auto again = FormSchema::fromJson(schema->toJson(), &problems);
    QVERIFY2(again, qPrintable(problemText(problems)));
    QVERIFY(*again == *schema);
    QCOMPARE(again->toJson(), schema->toJson());
}

void FormSchemaTest::acceptsEveryDemoForm()
{
    for (const DemoData::ServiceRow &row : DemoServices::rows()) {
        for (const auto language : {DemoData::Language::English, DemoData::Language::French}) {
            QList<FormProblem> problems;
            const QJsonObject json = row.formSchema(language);
            const auto schema = FormSchema::fromJson(json, &problems);
            QVERIFY2(schema, qPrintable(row.key.toString() + u": " + problemText(problems)));
            QCOMPARE(schema->fields().size(), row.fields.size());
            QCOMPARE(schema->fields().first().key, row.fields.first().key.toString());
        }
    }
}

void FormSchemaTest::writesOnlyTheMembersOfTheType()
{
    // The designer turned a choice field into a text field: its choices
    // stay in memory for an undo, but the form no longer has them.
    FormField field;
    field.key = u"model"_s;
    field.type = FormField::Type::Text;
    field.label = u"Model"_s;
    field.choices = {{u"laptop"_s, u"Laptop"_s}};
    field.minimum = 3;
    field.text = u"for sections only"_s;

    const QJsonObject json = field.toJson();
    QCOMPARE(json, QJsonObject({{u"key"_s, u"model"_s},
                                {u"type"_s, u"text"_s},
                                {u"label"_s, u"Model"_s},
                                {u"required"_s, false}}));
}

void FormSchemaTest::checksTheDesignersFields()
{
    FormField model;
    model.key = u"model"_s;
    model.type = FormField::Type::Choice;
    model.label = u"Model"_s;
    model.choices = {{u"laptop"_s, u"Laptop"_s}, {u"desktop"_s, u"Desktop"_s}};
    FormField screen;
    screen.key = u"screen"_s;
    screen.type = FormField::Type::YesNo;
    screen.label = u"Screen"_s;
    screen.visibleWhen =
        FormCondition::comparison(u"model"_s, FormCondition::Operator::Equals, u"desktop"_s);

    QList<FormProblem> problems;
    const auto schema = FormSchema::fromFields({model, screen}, &problems);
    QVERIFY2(schema, qPrintable(problemText(problems)));
    QCOMPARE(schema->fields(), QList<FormField>({model, screen}));
    QCOMPARE(schema->indexOf(u"screen"_s), 1);
    QCOMPARE(schema->field(u"model"_s)->label, u"Model"_s);
    QCOMPARE(schema->field(u"nothing"_s), nullptr);

    // The same problems, at the same places, as for a written schema.
    screen.visibleWhen =
        FormCondition::comparison(u"model"_s, FormCondition::Operator::Equals, u"tablet"_s);
    model.choices.clear();
    QVERIFY(!FormSchema::fromFields({model, screen}, &problems));
    QCOMPARE(problemText(problems),
             u"fields[0].choices: A choice field needs at least one choice.\n"
             "fields[1].visibleWhen.value: The field \"model\" must be compared with the value "
             "of one of its choices."_s);
}

void FormSchemaTest::refusesMalformedSchemas_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("message"); // a part of it

    const QByteArray text = R"("key": "a", "type": "text", "label": "A")";
    const QByteArray choice = R"("key": "a", "type": "choice", "label": "A")";
    const QByteArray choiceM = R"({"key": "m", "type": "choice", "label": "M", )"
                               R"("choices": [{"value": "x", "label": "X"}]}, )";
    const QByteArray date = R"("key": "d", "type": "date", "label": "D")";
    const auto field = [](const QByteArray &members) {
        return form("{" + members + "}");
    };
    const auto shown = [](const QByteArray &condition) {
        return afterName(R"({"key": "b", "type": "text", "label": "B", "visibleWhen": )" +
                         condition + "}");
    };

    QTest::newRow("truncated JSON") << QByteArray(R"({"fields": [{"key": "a", "ty)")
                                    << u"line 1, column 29"_s << u"not valid JSON"_s;
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QString() << u"a JSON object"_s;
    QTest::newRow("no fields") << QByteArray("{}") << u"fields"_s
                               << u"missing: it must be a list of fields"_s;
    QTest::newRow("fields not a list") << QByteArray(R"({"fields": {}})") << u"fields"_s
                                       << u"must be a list of fields, not an object"_s;
    QTest::newRow("unknown top member")
        << QByteArray(R"({"fields": [], "title": "x"})") << u"title"_s << u"no member \"title\""_s;
    QTest::newRow("field not an object")
        << form("3") << u"fields[0]"_s << u"must be an object, not a number"_s;
    QTest::newRow("unknown type") << field(R"("key": "a", "type": "textarea", "label": "A")")
                                  << u"fields[0].type"_s << u"\"textarea\" is not a field type"_s;
    QTest::newRow("no type") << field(R"("key": "a", "label": "A")") << u"fields[0].type"_s
                             << u"missing"_s;
    QTest::newRow("type a number") << field(R"("key": "a", "type": 5, "label": "A")")
                                   << u"fields[0].type"_s << u"not a number"_s;
    QTest::newRow("no key") << field(R"("type": "text", "label": "A")") << u"fields[0].key"_s
                            << u"missing"_s;
    QTest::newRow("key with spaces") << field(R"("key": "Full Name", "type": "text", "label": "A")")
                                     << u"fields[0].key"_s << u"\"Full Name\" is not a valid key"_s;
    QTest::newRow("key with a dash") << field(R"("key": "full-name", "type": "text", "label": "A")")
                                     << u"fields[0].key"_s << u"not a valid key"_s;
    QTest::newRow("key too long") << field("\"key\": \"" + QByteArray(65, 'k') +
                                           R"(", "type": "text", "label": "A")")
                                  << u"fields[0].key"_s << u"not a valid key"_s;
    QTest::newRow("duplicate key") << form("{" + text + "}, {" + text + "}") << u"fields[1].key"_s
                                   << u"\"a\" is already used by the field \"A\""_s;
    QTest::newRow("no label") << field(R"("key": "a", "type": "text")") << u"fields[0].label"_s
                              << u"needs a label"_s;
    QTest::newRow("blank label") << field(R"("key": "a", "type": "text", "label": "  ")")
                                 << u"fields[0].label"_s << u"needs a label"_s;
    QTest::newRow("label a list") << field(R"("key": "a", "type": "text", "label": [])")
                                  << u"fields[0].label"_s << u"must be a text, not a list"_s;
    QTest::newRow("label too long")
        << field("\"key\": \"a\", \"type\": \"text\", \"label\": \"" + QByteArray(501, 'x') + "\"")
        << u"fields[0].label"_s << u"too long"_s;
    QTest::newRow("required a text") << field(text + R"(, "required": "yes")")
                                     << u"fields[0].required"_s << u"must be true or false"_s;
    QTest::newRow("misspelt member") << field(text + R"(, "requried": true)")
                                     << u"fields[0].requried"_s << u"check its spelling"_s;
    QTest::newRow("member of another type")
        << field(text + R"(, "choices": [])") << u"fields[0].choices"_s
        << u"does not apply to a field of type \"text\""_s;
    QTest::newRow("required section")
        << field(R"("key": "s", "type": "section", "label": "S", "required": true)")
        << u"fields[0].required"_s << u"does not apply"_s;
    QTest::newRow("empty section") << field(R"("key": "s", "type": "section")")
                                   << u"fields[0].label"_s << u"heading, a text, or both"_s;
    QTest::newRow("choice without choices")
        << field(choice) << u"fields[0].choices"_s << u"at least one choice"_s;
    QTest::newRow("choice with an empty list")
        << field(choice + R"(, "choices": [])") << u"fields[0].choices"_s
        << u"at least one choice"_s;
    QTest::newRow("choices an object") << field(choice + R"(, "choices": {"a": "A"})")
                                       << u"fields[0].choices"_s << u"must be a list of choices"_s;
    QTest::newRow("choice a text") << field(choice + R"(, "choices": ["a"])")
                                   << u"fields[0].choices[0]"_s << u"must be an object"_s;
    QTest::newRow("choice without label") << field(choice + R"(, "choices": [{"value": "x"}])")
                                          << u"fields[0].choices[0].label"_s << u"missing"_s;
    QTest::newRow("choice blank value")
        << field(choice + R"(, "choices": [{"value": " ", "label": "X"}])")
        << u"fields[0].choices[0].value"_s << u"not blank"_s;
    QTest::newRow("duplicate choice")
        << field(choice +
                 R"(, "choices": [{"value": "x", "label": "X"}, {"value": "x", "label": "Y"}])")
        << u"fields[0].choices[1].value"_s << u"already has the value \"x\""_s;
    QTest::newRow("display unknown")
        << field(choice + R"(, "choices": [{"value": "x", "label": "X"}], "display": "list")")
        << u"fields[0].display"_s << u"\"dropdown\" or \"radio\""_s;
    QTest::newRow("minLength above maxLength")
        << field(text + R"(, "minLength": 5, "maxLength": 2)") << u"fields[0].minLength"_s
        << u"minimum length (5) is above the maximum length (2)"_s;
    QTest::newRow("minLength negative")
        << field(text + R"(, "minLength": -1)") << u"fields[0].minLength"_s
        << u"whole number from 0 to 100000"_s;
    QTest::newRow("minLength a fraction")
        << field(text + R"(, "minLength": 2.5)") << u"fields[0].minLength"_s << u"whole number"_s;
    QTest::newRow("maxLength huge")
        << field(text + R"(, "maxLength": 1e300)") << u"fields[0].maxLength"_s
        << u"whole number from 1 to 100000"_s;
    QTest::newRow("maxLength a text")
        << field(text + R"(, "maxLength": "10")") << u"fields[0].maxLength"_s << u"whole number"_s;
    QTest::newRow("min above max")
        << field(R"("key": "n", "type": "number", "label": "N", "min": 10, "max": 1)")
        << u"fields[0].min"_s << u"minimum (10) is above the maximum (1)"_s;
    QTest::newRow("max huge") << field(
                                     R"("key": "n", "type": "number", "label": "N", "max": 1e300)")
                              << u"fields[0].max"_s << u"too large"_s;
    QTest::newRow("integer a number")
        << field(R"("key": "n", "type": "number", "label": "N", "integer": 1)")
        << u"fields[0].integer"_s << u"true or false"_s;
    QTest::newRow("dateMin after dateMax")
        << field(date + R"(, "dateMin": "2025-01-01", "dateMax": "2024-01-01")")
        << u"fields[0].dateMin"_s
        << u"earliest date (2025-01-01) is after the latest date (2024-01-01)"_s;
    QTest::newRow("dateMax no such day") << field(date + R"(, "dateMax": "2024-02-30")")
                                         << u"fields[0].dateMax"_s << u"YYYY-MM-DD"_s;
    QTest::newRow("minDaysAhead huge")
        << field(date + R"(, "minDaysAhead": 99999)") << u"fields[0].minDaysAhead"_s
        << u"whole number from 0 to 3650"_s;
    QTest::newRow("maxSizeBytes huge")
        << field(R"("key": "f", "type": "file", "label": "F", "maxSizeBytes": 1e20)")
        << u"fields[0].maxSizeBytes"_s << u"whole number from 1"_s;
    QTest::newRow("maxSizeBytes zero")
        << field(R"("key": "f", "type": "file", "label": "F", "maxSizeBytes": 0)")
        << u"fields[0].maxSizeBytes"_s << u"whole number from 1"_s;
    QTest::newRow("extension with spaces")
        << field(R"("key": "f", "type": "file", "label": "F", "extensions": ["pdf", "p d f"])")
        << u"fields[0].extensions[1]"_s << u"short word"_s;
    QTest::newRow("extensions a text")
        << field(R"("key": "f", "type": "file", "label": "F", "extensions": "pdf")")
        << u"fields[0].extensions"_s << u"list of file extensions"_s;
    QTest::newRow("bad regular expression")
        << field(text + R"(, "pattern": "([a-z]")") << u"fields[0].pattern"_s
        << u"not a valid regular expression"_s;
    QTest::newRow("default not a choice")
        << field(choice + R"(, "choices": [{"value": "x", "label": "X"}], "default": "y")")
        << u"fields[0].default"_s
        << u"default value is not a valid answer: \"y\" is not one of the choices"_s;
    QTest::newRow("default of the wrong type")
        << field(text + R"(, "default": 3)") << u"fields[0].default"_s << u"must be a text"_s;
    QTest::newRow("default breaks a rule")
        << field(R"("key": "n", "type": "number", "label": "N", "max": 3, "default": 5)")
        << u"fields[0].default"_s << u"must be at most 3"_s;
    QTest::newRow("default on a file field")
        << field(R"("key": "f", "type": "file", "label": "F", "default": [])")
        << u"fields[0].default"_s << u"does not apply"_s;
    QTest::newRow("condition on an unknown field")
        << shown("{\"any\": [" + isEmptyOf("name") + ", " + isEmptyOf("modle") + "]}")
        << u"fields[1].visibleWhen.any[1].field"_s << u"no field with the key \"modle\""_s;
    QTest::newRow("condition on itself") << shown(R"({"field": "b", "op": "isEmpty"})")
                                         << u"fields[1].visibleWhen.field"_s << u"its own answer"_s;
    QTest::newRow("condition on a section")
        << form(R"({"key": "s", "type": "section", "label": "S"}, )" +
                textWhen("b", isEmptyOf("s")))
        << u"fields[1].visibleWhen.field"_s << u"section heading"_s;
    QTest::newRow("cycle of two") << form(textWhen("a", isEmptyOf("b")) + ", " +
                                          textWhen("b", isEmptyOf("a")))
                                  << u"fields[1].visibleWhen"_s << u"circle: a → b → a"_s;
    QTest::newRow("cycle of three")
        << form(textWhen("a", isEmptyOf("c")) + ", " + textWhen("b", isEmptyOf("a")) + ", " +
                textWhen("c", "{\"all\": [" + isEmptyOf("b") + "]}"))
        << u"fields[1].visibleWhen"_s << u"circle: a → c → b → a"_s;
    QTest::newRow("unknown operator")
        << shown(R"({"field": "name", "op": "like", "value": "x"})")
        << u"fields[1].visibleWhen.op"_s << u"\"like\" is not an operator"_s;
    QTest::newRow("no operator") << shown(R"({"field": "name", "value": "x"})")
                                 << u"fields[1].visibleWhen.op"_s << u"missing"_s;
    QTest::newRow("no value") << shown(R"({"field": "name", "op": "equals"})")
                              << u"fields[1].visibleWhen.value"_s << u"missing"_s;
    QTest::newRow("value an object") << shown(R"({"field": "name", "op": "equals", "value": {}})")
                                     << u"fields[1].visibleWhen.value"_s << u"not an object"_s;
    QTest::newRow("value for isEmpty")
        << shown(R"({"field": "name", "op": "isEmpty", "value": ""})")
        << u"fields[1].visibleWhen.value"_s << u"compares with nothing"_s;
    QTest::newRow("field of a condition a number")
        << shown(R"({"field": 3, "op": "isEmpty"})") << u"fields[1].visibleWhen.field"_s
        << u"key of a field"_s;
    QTest::newRow("unknown condition member")
        << shown(R"({"field": "name", "op": "isEmpty", "not": true})")
        << u"fields[1].visibleWhen.not"_s << u"no member"_s;
    QTest::newRow("condition a text")
        << shown(R"("name == x")") << u"fields[1].visibleWhen"_s << u"must be an object"_s;
    QTest::newRow("empty group") << shown(R"({"all": []})") << u"fields[1].visibleWhen.all"_s
                                 << u"at least one condition"_s;
    QTest::newRow("group all and any")
        << shown(R"({"all": [], "any": []})") << u"fields[1].visibleWhen"_s << u"not both"_s;
    QTest::newRow("group not a list") << shown(R"({"any": {"field": "name", "op": "isEmpty"}})")
                                      << u"fields[1].visibleWhen.any"_s << u"list of conditions"_s;
    QTest::newRow("greaterThan on text")
        << shown(R"({"field": "name", "op": "greaterThan", "value": "m"})")
        << u"fields[1].visibleWhen.op"_s
        << u"\"greaterThan\" does not suit \"name\", a field of type \"text\""_s;
    QTest::newRow("contains on a choice")
        << form(choiceM + textWhen("b", R"({"field": "m", "op": "contains", "value": "x"})"))
        << u"fields[1].visibleWhen.op"_s << u"does not suit"_s;
    QTest::newRow("value not a choice")
        << form(choiceM + textWhen("b", R"({"field": "m", "op": "equals", "value": "y"})"))
        << u"fields[1].visibleWhen.value"_s << u"one of its choices"_s;
    QTest::newRow("number compared with a text")
        << form(R"({"key": "n", "type": "number", "label": "N"}, )" +
                textWhen("b", R"({"field": "n", "op": "greaterThan", "value": "3"})"))
        << u"fields[1].visibleWhen.value"_s << u"compared with a number"_s;
    QTest::newRow("date compared with a bad date")
        << form(R"({"key": "d", "type": "date", "label": "D"}, )" +
                textWhen("b", R"({"field": "d", "op": "lessThan", "value": "soon"})"))
        << u"fields[1].visibleWhen.value"_s << u"YYYY-MM-DD"_s;
    QTest::newRow("nested too deep")
        << nested(40) << u"fields[1].visibleWhen"_s + QString(u".all[0]"_s).repeated(31) + u".all"_s
        << u"nested more than 32 levels"_s;
    QTest::newRow("group too wide")
        << wideGroup(201) << u"fields[1].visibleWhen.any"_s << u"at most 200 conditions"_s;
    QTest::newRow("too many fields")
        << manyFields(1001) << u"fields"_s << u"at most 1000 fields; this one has 1001"_s;
    QTest::newRow("JSON nested too deep")
        << QByteArray(100000, '[') << u"line 1, column "_s << u"not valid JSON"_s;
    QTest::newRow("too large") << form("{\"key\": \"a\", \"type\": \"text\", \"label\": \"" +
                                       QByteArray(5 * 1024 * 1024, 'x') + "\"}")
                               << QString() << u"too large"_s;
}

void FormSchemaTest::refusesMalformedSchemas()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, place);
    QFETCH(QString, message);

    QList<FormProblem> problems;
    const auto schema = FormSchema::fromJson(json, &problems);
    QVERIFY(!schema);

    const bool prefix = place.endsWith(u"column "_s);
    const auto matches = [&](const FormProblem &problem) {
        const bool atPlace = prefix ? problem.place.startsWith(place) : problem.place == place;
        return atPlace && problem.message.contains(message);
    };
    QVERIFY2(std::any_of(problems.begin(), problems.end(), matches),
             qPrintable(problemText(problems)));
    for (const FormProblem &problem : std::as_const(problems))
        QVERIFY(!problem.message.isEmpty());
}

void FormSchemaTest::reportsEveryProblem()
{
    const QByteArray json = form(
        R"({"key": "A", "type": "text", "label": "A", "minLength": -3},
           {"key": "b", "type": "gadget", "label": "B"},
           {"key": "c", "type": "choice", "label": "",
            "visibleWhen": {"field": "zz", "op": "isEmpty"}})");

    QList<FormProblem> problems;
    QVERIFY(!FormSchema::fromJson(json, &problems));
    QStringList places;
    for (const FormProblem &problem : std::as_const(problems))
        places.append(problem.place);
    QCOMPARE(places, QStringList({u"fields[0].key"_s, u"fields[0].minLength"_s, u"fields[1].type"_s,
                                  u"fields[2].label"_s, u"fields[2].choices"_s,
                                  u"fields[2].visibleWhen.field"_s}));
}

void FormSchemaTest::acceptsNestingUpToTheLimit()
{
    QList<FormProblem> problems;
    QVERIFY2(FormSchema::fromJson(nested(31), &problems), qPrintable(problemText(problems)));
    QVERIFY(!FormSchema::fromJson(nested(32), &problems));
    QVERIFY2(FormSchema::fromJson(manyFields(1000), &problems), qPrintable(problemText(problems)));
    QVERIFY2(FormSchema::fromJson(wideGroup(200), &problems), qPrintable(problemText(problems)));
}

void FormSchemaTest::survivesTruncation()
{
    // Cut anywhere, the schema is refused with a place, and nothing breaks.
    const QByteArray json(everything);
    for (qsizetype size = 0; size < json.size(); ++size) {
        QList<FormProblem> problems;
        const auto schema = FormSchema::fromJson(json.left(size), &problems);
        QVERIFY2(!schema, qPrintable(QString::number(size)));
        QCOMPARE(problems.size(), 1);
    }
}

void FormSchemaTest::survivesWrongTypesAndHugeValues()
{
    const QJsonArray fields =
        QJsonDocument::fromJson(everything).object().value(u"fields"_s).toArray();
    const QList<QJsonValue> replacements = {QJsonValue::Null,
                                            true,
                                            -1,
                                            1e300,
                                            -1e300,
                                            0.5,
                                            u""_s,
                                            u"x"_s,
                                            QJsonArray(),
                                            QJsonArray{QJsonArray{1}},
                                            QJsonObject(),
                                            QString(20000, u'w'),
                                            QJsonObject{{u"all"_s, QJsonArray{1}}}};

    int refused = 0;
    int accepted = 0;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QJsonObject original = fields.at(i).toObject();
        for (const QString &member : original.keys()) {
            for (const QJsonValue &replacement : replacements) {
                QJsonObject changed = original;
                changed.insert(member, replacement);
                QJsonArray list = fields;
                list.replace(i, changed);

                QList<FormProblem> problems;
                const auto schema =
                    FormSchema::fromJson(QJsonObject{{u"fields"_s, list}}, &problems);
                if (!schema) {
                    ++refused;
                    QVERIFY(!problems.isEmpty());
                    continue;
                }
                // What is accepted is a sound form: it reads back the same.
                ++accepted;
                QVERIFY(problems.isEmpty());
                const auto again = FormSchema::fromJson(schema->toJson(), &problems);
                QVERIFY2(again && *again == *schema, qPrintable(problemText(problems)));
            }
        }
    }
    QVERIFY(refused > accepted);
    QVERIFY(accepted > 0);
}

void FormSchemaTest::ordersFieldsAfterTheirConditions()
{
    QList<FormProblem> problems;
    const auto schema = FormSchema::fromJson(QByteArray(everything), &problems);
    QVERIFY2(schema, qPrintable(problemText(problems)));

    const QList<int> &order = schema->evaluationOrder();
    QCOMPARE(order.size(), schema->fields().size());
    for (int position = 0; position < order.size(); ++position) {
        const FormField &field = schema->fields().at(order.at(position));
        for (const QString &key : field.visibleWhen.fieldKeys())
            QVERIFY(order.indexOf(schema->indexOf(key)) < position);
    }

    // Listed backwards, a chain is evaluated from its start; a field
    // without condition keeps its place in the form.
    const auto backwards = FormSchema::fromJson(
        form(textWhen("c", isEmptyOf("b")) + ", " + textWhen("b", isEmptyOf("a")) + ", " +
             R"({"key": "a", "type": "text", "label": "A"}, )"
             R"({"key": "z", "type": "text", "label": "Z"})"),
        &problems);
    QVERIFY2(backwards, qPrintable(problemText(problems)));
    QCOMPARE(backwards->evaluationOrder(), QList<int>({2, 1, 0, 3}));
}

void FormSchemaTest::generatesKeys_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QStringList>("used");
    QTest::addColumn<QString>("key");

    QTest::newRow("words") << u"Desired date"_s << QStringList() << u"desired_date"_s;
    QTest::newRow("accents") << u"Été / Hiver"_s << QStringList() << u"ete_hiver"_s;
    QTest::newRow("apostrophe") << u"Newcomer's full name"_s << QStringList()
                                << u"newcomers_full_name"_s;
    QTest::newRow("typographic apostrophe")
        << u"Date d’arrivée"_s << QStringList() << u"date_darrivee"_s;
    QTest::newRow("punctuation and blanks")
        << u"  Phone #2 (mobile)? "_s << QStringList() << u"phone_2_mobile"_s;
    QTest::newRow("letters without a base letter")
        << u"Größe, Œuvre"_s << QStringList() << u"grosse_oeuvre"_s;
    QTest::newRow("nothing usable") << u"!!!"_s << QStringList() << u"field"_s;
    QTest::newRow("another script") << u"日本語"_s << QStringList() << u"field"_s;
    QTest::newRow("empty") << QString() << QStringList{u"field"_s} << u"field_2"_s;
    QTest::newRow("taken") << u"Model"_s << QStringList{u"model"_s} << u"model_2"_s;
    QTest::newRow("taken twice") << u"Model"_s << QStringList{u"model"_s, u"model_2"_s}
                                 << u"model_3"_s;
    QTest::newRow("removed field's key")
        << u"Reason"_s << QStringList{u"name"_s, u"reason"_s} << u"reason_2"_s;
    QTest::newRow("long label cut at a word")
        << u"Please describe what the computer is going to be used for"_s << QStringList()
        << u"please_describe_what_the_computer_is"_s;
    QTest::newRow("one long word") << QString(80, u'a') << QStringList() << QString(40, u'a');
}

void FormSchemaTest::generatesKeys()
{
    QFETCH(QString, label);
    QFETCH(QStringList, used);
    QFETCH(QString, key);

    const QString generated = FormKeyGenerator::keyFor(label, used);
    QCOMPARE(generated, key);
    QVERIFY(FormField::isValidKey(generated));
    QVERIFY(!used.contains(generated));
}

QTEST_GUILESS_MAIN(FormSchemaTest)
#include "tst_formschema.moc"
