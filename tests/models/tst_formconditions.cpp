#include "forms/FormSchema.h"
#include "forms/FormValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// Visibility conditions: each operator on the types it suits, AND / OR
// groups, chains of fields shown by fields shown by others, and what hiding
// does to the answers: a hidden field is neither required nor stored.
class FormConditionsTest : public QObject
{
    Q_OBJECT

private slots:
    void operators_data();
    void operators();
    void groups_data();
    void groups();
    void chains_data();
    void chains();
    void hiddenFieldIsNotRequired();
    void hiddenFieldIsNotStored();
    void conditionsSeeCleanedAnswers();
    void evaluatesOnPlainAnswers();

private:
    static FormSchema schemaWith(const QJsonValue &condition, bool targetRequired = false);
    static bool targetShown(const QJsonValue &condition, const QJsonObject &answers);
};

namespace {

const QDate today(2024, 6, 10);

QJsonObject leaf(const QString &field, const QString &op, const QJsonValue &value = {})
{
    QJsonObject object{{u"field"_s, field}, {u"op"_s, op}};
    if (!value.isUndefined() && !value.isNull())
        object.insert(u"value"_s, value);
    return object;
}

QJsonObject group(const QString &kind, const QJsonArray &conditions)
{
    return {{kind, conditions}};
}

QJsonArray choices(const QStringList &values)
{
    QJsonArray list;
    for (const QString &value : values)
        list.append(QJsonObject{{u"value"_s, value}, {u"label"_s, value}});
    return list;
}

QJsonObject field(const QString &key, const QString &type, QJsonObject more = {})
{
    more.insert(u"key"_s, key);
    more.insert(u"type"_s, type);
    more.insert(u"label"_s, key.toUpper());
    return more;
}

FormSchema parseOrDie(const QJsonArray &fields)
{
    QList<FormProblem> problems;
    const auto schema = FormSchema::fromJson(QJsonObject{{u"fields"_s, fields}}, &problems);
    if (!schema) {
        for (const FormProblem &problem : problems)
            qWarning("%s", qPrintable(problem.text()));
        qFatal("the test's form is refused");
    }
    return *schema;
}

} // namespace

// Fields of every type the operators read, then "target", shown when the
// condition holds.
FormSchema FormConditionsTest::schemaWith(const QJsonValue &condition, bool targetRequired)
{
    return parseOrDie(
        {field(u"name"_s, u"text"_s), field(u"count"_s, u"number"_s),
         field(u"model"_s, u"choice"_s, {{u"choices"_s, choices({u"laptop"_s, u"desktop"_s})}}),
         field(u"extras"_s, u"multichoice"_s, {{u"choices"_s, choices({u"screen"_s, u"dock"_s})}}),
         field(u"urgent"_s, u"yesno"_s), field(u"when"_s, u"date"_s), field(u"at"_s, u"datetime"_s),
         field(u"who"_s, u"person"_s),
         field(u"target"_s, u"text"_s,
               {{u"visibleWhen"_s, condition}, {u"required"_s, targetRequired}})});
}

bool FormConditionsTest::targetShown(const QJsonValue &condition, const QJsonObject &answers)
{
    const FormSchema schema = schemaWith(condition);
    const FormValidation result = FormValidator::validate(schema, answers, today);
    return result.visible.at(schema.indexOf(u"target"_s));
}

void FormConditionsTest::operators_data()
{
    QTest::addColumn<QJsonObject>("condition");
    QTest::addColumn<QJsonObject>("answers");
    QTest::addColumn<bool>("shown");

    const auto eq = [](const QString &f, const QJsonValue &v) {
        return leaf(f, u"equals"_s, v);
    };
    const auto ne = [](const QString &f, const QJsonValue &v) {
        return leaf(f, u"notEquals"_s, v);
    };
    const auto has = [](const QString &f, const QJsonValue &v) {
        return leaf(f, u"contains"_s, v);
    };
    const auto gt = [](const QString &f, const QJsonValue &v) {
        return leaf(f, u"greaterThan"_s, v);
    };
    const auto lt = [](const QString &f, const QJsonValue &v) {
        return leaf(f, u"lessThan"_s, v);
    };
    const QJsonObject empty = leaf(u"name"_s, u"isEmpty"_s);
    const QJsonObject filled = leaf(u"name"_s, u"isNotEmpty"_s);

    QTest::newRow("equals: text, same")
        << eq(u"name"_s, u"Ana"_s) << QJsonObject{{u"name"_s, u"Ana"_s}} << true;
    QTest::newRow("equals: text, other")
        << eq(u"name"_s, u"Ana"_s) << QJsonObject{{u"name"_s, u"Bob"_s}} << false;
    QTest::newRow("equals: text, case counts")
        << eq(u"name"_s, u"Ana"_s) << QJsonObject{{u"name"_s, u"ana"_s}} << false;
    QTest::newRow("equals: text, unanswered") << eq(u"name"_s, u"Ana"_s) << QJsonObject{} << false;
    QTest::newRow("equals: choice")
        << eq(u"model"_s, u"desktop"_s) << QJsonObject{{u"model"_s, u"desktop"_s}} << true;
    QTest::newRow("equals: other choice")
        << eq(u"model"_s, u"desktop"_s) << QJsonObject{{u"model"_s, u"laptop"_s}} << false;
    QTest::newRow("equals: number, 3 and 3.0")
        << eq(u"count"_s, 3) << QJsonObject{{u"count"_s, 3.0}} << true;
    QTest::newRow("equals: number, other")
        << eq(u"count"_s, 3) << QJsonObject{{u"count"_s, 4}} << false;
    QTest::newRow("equals: yes") << eq(u"urgent"_s, true) << QJsonObject{{u"urgent"_s, true}}
                                 << true;
    QTest::newRow("equals: no is not yes")
        << eq(u"urgent"_s, true) << QJsonObject{{u"urgent"_s, false}} << false;
    QTest::newRow("equals: person") << eq(u"who"_s, 7) << QJsonObject{{u"who"_s, 7}} << true;
    QTest::newRow("equals: date") << eq(u"when"_s, u"2024-07-01"_s)
                                  << QJsonObject{{u"when"_s, u"2024-07-01"_s}} << true;
    QTest::newRow("notEquals: other")
        << ne(u"model"_s, u"desktop"_s) << QJsonObject{{u"model"_s, u"laptop"_s}} << true;
    QTest::newRow("notEquals: same")
        << ne(u"model"_s, u"desktop"_s) << QJsonObject{{u"model"_s, u"desktop"_s}} << false;
    QTest::newRow("notEquals: unanswered") << ne(u"model"_s, u"desktop"_s) << QJsonObject{} << true;
    QTest::newRow("contains: text, any case")
        << has(u"name"_s, u"urgent"_s) << QJsonObject{{u"name"_s, u"Very URGENT please"_s}} << true;
    QTest::newRow("contains: text, absent")
        << has(u"name"_s, u"urgent"_s) << QJsonObject{{u"name"_s, u"whenever"_s}} << false;
    QTest::newRow("contains: picked choice")
        << has(u"extras"_s, u"dock"_s)
        << QJsonObject{{u"extras"_s, QJsonArray{u"screen"_s, u"dock"_s}}} << true;
    QTest::newRow("contains: choice not picked")
        << has(u"extras"_s, u"dock"_s) << QJsonObject{{u"extras"_s, QJsonArray{u"screen"_s}}}
        << false;
    QTest::newRow("contains: nothing picked")
        << has(u"extras"_s, u"dock"_s) << QJsonObject{} << false;
    QTest::newRow("isEmpty: unanswered") << empty << QJsonObject{} << true;
    QTest::newRow("isEmpty: blanks") << empty << QJsonObject{{u"name"_s, u"   "_s}} << true;
    QTest::newRow("isEmpty: answered") << empty << QJsonObject{{u"name"_s, u"x"_s}} << false;
    QTest::newRow("isEmpty: no choice picked")
        << leaf(u"extras"_s, u"isEmpty"_s) << QJsonObject{{u"extras"_s, QJsonArray()}} << true;
    QTest::newRow("isEmpty: no is an answer")
        << leaf(u"urgent"_s, u"isEmpty"_s) << QJsonObject{{u"urgent"_s, false}} << false;
    QTest::newRow("isEmpty: zero is an answer")
        << leaf(u"count"_s, u"isEmpty"_s) << QJsonObject{{u"count"_s, 0}} << false;
    QTest::newRow("isNotEmpty: answered") << filled << QJsonObject{{u"name"_s, u"x"_s}} << true;
    QTest::newRow("isNotEmpty: unanswered") << filled << QJsonObject{} << false;
    QTest::newRow("greaterThan: number above")
        << gt(u"count"_s, 3) << QJsonObject{{u"count"_s, 3.5}} << true;
    QTest::newRow("greaterThan: number equal")
        << gt(u"count"_s, 3) << QJsonObject{{u"count"_s, 3}} << false;
    QTest::newRow("greaterThan: unanswered") << gt(u"count"_s, -1) << QJsonObject{} << false;
    QTest::newRow("greaterThan: wrong type answer")
        << gt(u"count"_s, -1) << QJsonObject{{u"count"_s, u"5"_s}} << false;
    QTest::newRow("greaterThan: later date")
        << gt(u"when"_s, u"2024-06-30"_s) << QJsonObject{{u"when"_s, u"2024-07-01"_s}} << true;
    QTest::newRow("greaterThan: earlier date")
        << gt(u"when"_s, u"2024-06-30"_s) << QJsonObject{{u"when"_s, u"2024-06-01"_s}} << false;
    QTest::newRow("greaterThan: moments, not texts")
        << gt(u"at"_s, u"2024-07-01T10:00:00Z"_s)
        << QJsonObject{{u"at"_s, u"2024-07-01T09:30:00-02:00"_s}} << true;
    QTest::newRow("lessThan: number below")
        << lt(u"count"_s, 3) << QJsonObject{{u"count"_s, -2}} << true;
    QTest::newRow("lessThan: number above")
        << lt(u"count"_s, 3) << QJsonObject{{u"count"_s, 10}} << false;
    QTest::newRow("lessThan: earlier date")
        << lt(u"when"_s, u"2024-06-30"_s) << QJsonObject{{u"when"_s, u"2024-06-01"_s}} << true;
}

void FormConditionsTest::operators()
{
    QFETCH(QJsonObject, condition);
    QFETCH(QJsonObject, answers);
    QFETCH(bool, shown);

    QCOMPARE(targetShown(condition, answers), shown);
}

void FormConditionsTest::groups_data()
{
    QTest::addColumn<QJsonObject>("answers");
    QTest::addColumn<bool>("shown");

    // Desktop models, and either more than two of them or urgent:
    // all[model = desktop, any[count > 2, urgent = yes]].
    QTest::newRow("desktop, 3, not urgent")
        << QJsonObject{{u"model"_s, u"desktop"_s}, {u"count"_s, 3}, {u"urgent"_s, false}} << true;
    QTest::newRow("desktop, 1, urgent")
        << QJsonObject{{u"model"_s, u"desktop"_s}, {u"count"_s, 1}, {u"urgent"_s, true}} << true;
    QTest::newRow("desktop, 1, not urgent")
        << QJsonObject{{u"model"_s, u"desktop"_s}, {u"count"_s, 1}, {u"urgent"_s, false}} << false;
    QTest::newRow("desktop, nothing else") << QJsonObject{{u"model"_s, u"desktop"_s}} << false;
    QTest::newRow("laptop, 3, urgent")
        << QJsonObject{{u"model"_s, u"laptop"_s}, {u"count"_s, 3}, {u"urgent"_s, true}} << false;
    QTest::newRow("no model, 3, urgent")
        << QJsonObject{{u"count"_s, 3}, {u"urgent"_s, true}} << false;
}

void FormConditionsTest::groups()
{
    QFETCH(QJsonObject, answers);
    QFETCH(bool, shown);

    const QJsonObject condition =
        group(u"all"_s, {leaf(u"model"_s, u"equals"_s, u"desktop"_s),
                         group(u"any"_s, {leaf(u"count"_s, u"greaterThan"_s, 2),
                                          leaf(u"urgent"_s, u"equals"_s, true)})});
    QCOMPARE(targetShown(condition, answers), shown);

    // The same, nested the other way round: any[all[...], all[...]].
    const QJsonObject spread =
        group(u"any"_s, {group(u"all"_s, {leaf(u"model"_s, u"equals"_s, u"desktop"_s),
                                          leaf(u"count"_s, u"greaterThan"_s, 2)}),
                         group(u"all"_s, {leaf(u"model"_s, u"equals"_s, u"desktop"_s),
                                          leaf(u"urgent"_s, u"equals"_s, true)})});
    QCOMPARE(targetShown(spread, answers), shown);
}

void FormConditionsTest::chains_data()
{
    QTest::addColumn<QJsonObject>("answers");
    QTest::addColumn<QList<bool>>("shown"); // start, why, detail, more

    const QJsonObject all{{u"start"_s, u"yes"_s},
                          {u"why"_s, u"because"_s},
                          {u"detail"_s, u"go"_s},
                          {u"more"_s, u"text"_s}};
    QJsonObject startNo = all;
    startNo.insert(u"start"_s, u"no"_s);
    QJsonObject whyBlank = all;
    whyBlank.insert(u"why"_s, u"  "_s);
    QJsonObject detailOther = all;
    detailOther.insert(u"detail"_s, u"stop"_s);

    QTest::newRow("every link holds") << all << QList<bool>{true, true, true, true};
    QTest::newRow("first link breaks") << startNo << QList<bool>{true, false, false, false};
    QTest::newRow("second link breaks") << whyBlank << QList<bool>{true, true, false, false};
    QTest::newRow("third link breaks") << detailOther << QList<bool>{true, true, true, false};
    QTest::newRow("nothing answered") << QJsonObject() << QList<bool>{true, false, false, false};
}

// why shown when start = yes; detail when why is answered; more when
// detail = go. The form lists them backwards, so only the evaluation order
// makes the chain work.
void FormConditionsTest::chains()
{
    QFETCH(QJsonObject, answers);
    QFETCH(QList<bool>, shown);

    const FormSchema schema = parseOrDie(
        {field(u"more"_s, u"text"_s, {{u"visibleWhen"_s, leaf(u"detail"_s, u"equals"_s, u"go"_s)}}),
         field(u"detail"_s, u"text"_s, {{u"visibleWhen"_s, leaf(u"why"_s, u"isNotEmpty"_s)}}),
         field(u"why"_s, u"text"_s, {{u"visibleWhen"_s, leaf(u"start"_s, u"equals"_s, u"yes"_s)}}),
         field(u"start"_s, u"text"_s)});

    const FormValidation result = FormValidator::validate(schema, answers, today);
    const QStringList keys = {u"start"_s, u"why"_s, u"detail"_s, u"more"_s};
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString &key = keys.at(i);
        QCOMPARE(result.visible.at(schema.indexOf(key)), shown.at(i));
        // What a hidden field held is gone; what a shown one held is kept.
        const bool kept = result.answers.contains(key);
        QCOMPARE(kept, shown.at(i) && !answers.value(key).toString().trimmed().isEmpty());
    }
}

void FormConditionsTest::hiddenFieldIsNotRequired()
{
    const QJsonObject condition = leaf(u"model"_s, u"equals"_s, u"desktop"_s);
    const FormSchema schema = schemaWith(condition, true);

    const FormValidation hidden =
        FormValidator::validate(schema, {{u"model"_s, u"laptop"_s}}, today);
    QVERIFY(hidden.ok());

    const FormValidation shown =
        FormValidator::validate(schema, {{u"model"_s, u"desktop"_s}}, today);
    QCOMPARE(shown.errorFor(u"target"_s), u"\"TARGET\" needs an answer."_s);
}

void FormConditionsTest::hiddenFieldIsNotStored()
{
    const FormSchema schema = schemaWith(leaf(u"model"_s, u"equals"_s, u"desktop"_s));

    // Typed while shown, then hidden by another answer: dropped, and a
    // value of the wrong type there is no error either.
    const FormValidation typed = FormValidator::validate(
        schema, {{u"model"_s, u"laptop"_s}, {u"target"_s, u"typed before"_s}}, today);
    QVERIFY(typed.ok());
    QCOMPARE(typed.answers, QJsonObject({{u"model"_s, u"laptop"_s}}));

    const FormValidation wrongType = FormValidator::validate(
        schema, {{u"model"_s, u"laptop"_s}, {u"target"_s, QJsonArray{1, 2}}}, today);
    QVERIFY(wrongType.ok());
    QVERIFY(!wrongType.answers.contains(u"target"_s));

    const FormValidation shown = FormValidator::validate(
        schema, {{u"model"_s, u"desktop"_s}, {u"target"_s, u"typed before"_s}}, today);
    QCOMPARE(shown.answers.value(u"target"_s), QJsonValue(u"typed before"_s));
}

void FormConditionsTest::conditionsSeeCleanedAnswers()
{
    // " yes " is stored as "yes", and the condition sees what is stored. A
    // number over its maximum is still the number typed, so the fields it
    // shows stay while the requester corrects it.
    const FormSchema schema =
        parseOrDie({field(u"answer"_s, u"text"_s), field(u"count"_s, u"number"_s, {{u"max"_s, 10}}),
                    field(u"shown_by_text"_s, u"text"_s,
                          {{u"visibleWhen"_s, leaf(u"answer"_s, u"equals"_s, u"yes"_s)}}),
                    field(u"shown_by_count"_s, u"text"_s,
                          {{u"visibleWhen"_s, leaf(u"count"_s, u"greaterThan"_s, 5)}})});

    const FormValidation result =
        FormValidator::validate(schema, {{u"answer"_s, u" yes "_s}, {u"count"_s, 12}}, today);
    QCOMPARE(result.visible, QList<bool>({true, true, true, true}));
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().key, u"count"_s);
}

void FormConditionsTest::evaluatesOnPlainAnswers()
{
    const FormCondition condition = FormCondition::any(
        {FormCondition::comparison(u"a"_s, FormCondition::Operator::Equals, 1),
         FormCondition::all({FormCondition::comparison(u"b"_s, FormCondition::Operator::IsEmpty),
                             FormCondition::comparison(u"c"_s, FormCondition::Operator::LessThan,
                                                       u"2024-01-01"_s)})});

    QVERIFY(condition.evaluate(QJsonObject{{u"a"_s, 1}}));
    QVERIFY(condition.evaluate(QJsonObject{{u"c"_s, u"2023-12-31"_s}}));
    QVERIFY(!condition.evaluate(QJsonObject{{u"b"_s, u"x"_s}, {u"c"_s, u"2023-12-31"_s}}));
    QVERIFY(!condition.evaluate(QJsonObject{{u"a"_s, 2}}));
    QVERIFY(FormCondition().evaluate(QJsonObject()));
    QCOMPARE(condition.fieldKeys(), QStringList({u"a"_s, u"b"_s, u"c"_s}));
}

QTEST_GUILESS_MAIN(FormConditionsTest)
#include "tst_formconditions.moc"
