#include "FormFiller.h"
#include "forms/FormFileEditor.h"
#include "forms/FormRenderer.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

// In tests/data/forms/. Every type of field once, with the rules the tests
// break:
const auto everyType = u"every-type.json"_s;
// A device decides what else is asked: "any" of two devices, "all" of a
// device and an answer, and a field that hangs on a field that hangs on
// another.
const auto conditional = u"conditional.json"_s;

const QStringList conditionalKeys = {u"dock"_s, u"monitor"_s, u"charger"_s, u"dock_model"_s};
const QDate today(2026, 5, 12);
constexpr qint64 aliceId = 7;
constexpr qint64 bobId = 9;

FormSchema parse(const QString &name)
{
    QFile file(QFINDTESTDATA(u"../data/forms/"_s + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the test's form %s is missing", qPrintable(name));
    QList<FormProblem> problems;
    const auto schema = FormSchema::fromJson(file.readAll(), &problems);
    if (!schema)
        qFatal("the test's form is refused: %s", qPrintable(problems.value(0).text()));
    return *schema;
}

QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().first();
}

QList<Person> people()
{
    Person alice;
    alice.id = aliceId;
    alice.login = u"amartin"_s;
    alice.displayName = u"Alice Martin"_s;
    Person bob;
    bob.id = bobId;
    bob.login = u"bdupont"_s;
    bob.displayName = u"Bob Dupont"_s;
    Person gone = bob;
    gone.id = 11;
    gone.login = u"cmartin"_s;
    gone.displayName = u"Carl Martin"_s;
    gone.active = false;
    return {alice, bob, gone};
}

// The form in its window, with the test's people and day.
struct Window : FormFiller
{
    explicit Window(const QString &fileName)
        : FormFiller(parse(fileName), people(), today)
    {}
};

} // namespace

class FormRendererTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answersEachTypeAsJson_data();
    void answersEachTypeAsJson();
    void readsNumbersInTheLocale_data();
    void readsNumbersInTheLocale();
    void showsAMessageOnceEdited_data();
    void showsAMessageOnceEdited();
    void leavingAFieldShowsItsMessage();
    void showAllErrorsShowsPristineMessages();
    void requiredYesNoTakesNo();
    void conditionsShowAndHideFields_data();
    void conditionsShowAndHideFields();
    void dropsTheAnswersOfHiddenFields();
    void tabOrderFollowsTheForm_data();
    void tabOrderFollowsTheForm();
    void aNameOfNobodyIsNoPerson();
    void answersWithTheKeyboardOnly();
    void setAnswersRestores();
    void attachesFiles_data();
    void attachesFiles();
    void removesAFile();
    void labelsMarkRequiredFieldsAndNameTheirEditor();

private:
    QString filePath(const QString &name) const { return m_files.filePath(name); }

    QTemporaryDir m_files;
};

void FormRendererTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // Date-time answers carry the local offset: one the test knows.
    qputenv("TZ", "Europe/Paris");
    tzset();

    QVERIFY(m_files.isValid());
    const QList<std::pair<QString, QByteArray>> files = {
        {u"quote.pdf"_s, "%PDF-1.4\nquote\n"},
        {u"notes.txt"_s, "Two docks.\n"},
        {u"big.pdf"_s, "%PDF-1.4\n" + QByteArray(141, 'x')},
        {u"tool.exe"_s, "MZ"}};
    for (const auto &[name, content] : files) {
        QFile file(filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
}

void FormRendererTest::answersEachTypeAsJson_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("input"); // see enter()
    QTest::addColumn<QJsonValue>("answer");

    QTest::newRow("text") << u"title"_s << u"New laptop"_s << json(R"("New laptop")");
    QTest::newRow("multiline") << u"details"_s << u"Two screens"_s << json(R"("Two screens")");
    QTest::newRow("e-mail") << u"email"_s << u"ana@example.com"_s << json(R"("ana@example.com")");
    QTest::newRow("number, whole") << u"count"_s << u"7"_s << json("7");
    QTest::newRow("number, decimal") << u"budget"_s << u"1250.5"_s << json("1250.5");
    QTest::newRow("choice, drop-down") << u"model"_s << u"Desktop"_s << json(R"("desktop")");
    QTest::newRow("choice, radio") << u"urgency"_s << u"High"_s << json(R"("high")");
    QTest::newRow("multiple choice, in the choices' order")
        << u"extras"_s << u"Dock|Mouse"_s << json(R"(["mouse", "dock"])");
    QTest::newRow("yes/no, yes") << u"loan"_s << u"Yes"_s << json("true");
    QTest::newRow("yes/no, no") << u"loan"_s << u"No"_s << json("false");
    QTest::newRow("date") << u"start"_s << u"2026-12-07"_s << json(R"("2026-12-07")");
    QTest::newRow("date and time, with the local offset")
        << u"meeting"_s << u"2026-12-07T09:30"_s << json(R"("2026-12-07T09:30:00+01:00")");
    QTest::newRow("date and time, summer offset")
        << u"meeting"_s << u"2026-07-01T18:05"_s << json(R"("2026-07-01T18:05:00+02:00")");
    QTest::newRow("person, by its id") << u"manager"_s << u"mart"_s << json("7");
    QTest::newRow("file, with its size and type")
        << u"quote"_s << filePath(u"quote.pdf"_s)
        << json(R"([{"name": "quote.pdf", "size": 15, "mime": "application/pdf"}])");
}

void FormRendererTest::answersEachTypeAsJson()
{
    QFETCH(QString, key);
    QFETCH(QString, input);
    QFETCH(QJsonValue, answer);

    Window window(everyType);
    QCOMPARE(window.form->answers(), QJsonObject());
    QSignalSpy changed(window.form, &FormRenderer::answersChanged);
    window.enter(key, input);

    QCOMPARE(window.form->answers(), QJsonObject({{key, answer}}));
    QVERIFY(changed.count() > 0);
    QCOMPARE(window.form->validation().answers.value(key), answer);
}

void FormRendererTest::readsNumbersInTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QJsonValue>("answer");
    QTest::addColumn<QString>("message");

    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale french(QLocale::French, QLocale::France);
    QTest::newRow("English, decimal point")
        << english << u"-12.25"_s << json("-12.25") << QString();
    QTest::newRow("French, decimal comma") << french << u"1250,5"_s << json("1250.5") << QString();
    QTest::newRow("French, a point all the same")
        << french << u"1250.5"_s << json("1250.5") << QString();
    QTest::newRow("French, thousands apart")
        << french << u"1 250,5"_s << json("1250.5") << QString();
    QTest::newRow("letters are kept out") << english << u"12abc"_s << json("12") << QString();
    QTest::newRow("English, a comma is no decimal")
        << english << u"1,5"_s << json(R"("1,5")") << u"\"Budget\" must be a number."_s;
}

void FormRendererTest::readsNumbersInTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, typed);
    QFETCH(QJsonValue, answer);
    QFETCH(QString, message);

    QLocale::setDefault(locale);
    Window window(everyType);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    window.enter(u"budget"_s, typed);

    QCOMPARE(window.form->answers().value(u"budget"_s), answer);
    QCOMPARE(window.message(u"budget"_s), message);
}

void FormRendererTest::showsAMessageOnceEdited_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("wrong");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("right");

    QTest::newRow("e-mail") << u"email"_s << u"ana@example"_s
                            << u"\"Contact e-mail\" must be an e-mail address, such as "
                               "name@example.com."_s
                            << u"ana@example.com"_s;
    QTest::newRow("number above the maximum")
        << u"count"_s << u"12"_s << u"\"Count\" must be at most 10."_s << u"10"_s;
    QTest::newRow("date in the past") << u"start"_s << u"2026-05-11"_s
                                      << u"\"Start\" cannot be in the past."_s << u"2026-05-12"_s;
}

void FormRendererTest::showsAMessageOnceEdited()
{
    QFETCH(QString, key);
    QFETCH(QString, wrong);
    QFETCH(QString, message);
    QFETCH(QString, right);

    Window window(everyType);
    QCOMPARE(window.message(key), QString());
    window.enter(key, wrong);
    QCOMPARE(window.message(key), message);
    QCOMPARE(window.form->validation().errorFor(key), message);

    window.enter(key, right);
    QCOMPARE(window.message(key), QString());
    QCOMPARE(window.form->validation().errorFor(key), QString());
}

void FormRendererTest::leavingAFieldShowsItsMessage()
{
    Window window(everyType);
    QWidget *title = window.editor(u"title"_s);
    title->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), title);
    QCOMPARE(window.message(u"title"_s), QString());

    QTest::keyClick(title, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), window.editor(u"details"_s));
    QCOMPARE(window.message(u"title"_s), u"\"Title\" needs an answer."_s);
    // Only the field left behind: the one the focus moved to is untouched.
    QCOMPARE(window.message(u"loan"_s), QString());
}

void FormRendererTest::showAllErrorsShowsPristineMessages()
{
    Window window(everyType);
    QVERIFY(!window.form->validation().ok());
    QCOMPARE(window.message(u"title"_s), QString());
    QCOMPARE(window.message(u"loan"_s), QString());

    QVERIFY(!window.form->showAllErrors());
    QCOMPARE(window.message(u"title"_s), u"\"Title\" needs an answer."_s);
    QCOMPARE(window.message(u"loan"_s), u"\"On loan\" needs an answer."_s);
    QCOMPARE(window.message(u"details"_s), QString());
    QTRY_COMPARE(QApplication::focusWidget(), window.editor(u"title"_s));

    window.enter(u"title"_s, u"Laptop"_s);
    window.enter(u"loan"_s, u"No"_s);
    QCOMPARE(window.message(u"title"_s), QString());
    QVERIFY(window.form->showAllErrors());
}

void FormRendererTest::requiredYesNoTakesNo()
{
    Window window(everyType);
    QCOMPARE(window.form->validation().errorFor(u"loan"_s), u"\"On loan\" needs an answer."_s);
    window.enter(u"loan"_s, u"No"_s);
    QCOMPARE(window.form->validation().errorFor(u"loan"_s), QString());
    QCOMPARE(window.form->validation().answers.value(u"loan"_s), QJsonValue(false));
}

void FormRendererTest::conditionsShowAndHideFields_data()
{
    QTest::addColumn<QStringList>("steps"); // see enterAll()
    QTest::addColumn<QStringList>("visible");

    QTest::newRow("no device yet") << QStringList() << QStringList();
    QTest::newRow("any: a desktop")
        << QStringList{u"device=Desktop"_s} << QStringList{u"monitor"_s};
    QTest::newRow("any: a laptop")
        << QStringList{u"device=Laptop"_s} << QStringList{u"dock"_s, u"monitor"_s};
    QTest::newRow("all: a laptop with a dock")
        << QStringList{u"device=Laptop"_s, u"dock=Yes"_s}
        << QStringList{u"dock"_s, u"monitor"_s, u"charger"_s, u"dock_model"_s};
    QTest::newRow("all: a laptop without a dock")
        << QStringList{u"device=Laptop"_s, u"dock=No"_s} << QStringList{u"dock"_s, u"monitor"_s};
    QTest::newRow("chain: a phone hides what the dock showed")
        << QStringList{u"device=Laptop"_s, u"dock=Yes"_s, u"device=Phone"_s} << QStringList();
    QTest::newRow("chain: back to the laptop")
        << QStringList{u"device=Laptop"_s, u"dock=Yes"_s, u"device=Phone"_s, u"device=Laptop"_s}
        << QStringList{u"dock"_s, u"monitor"_s, u"charger"_s, u"dock_model"_s};
}

void FormRendererTest::conditionsShowAndHideFields()
{
    QFETCH(QStringList, steps);
    QFETCH(QStringList, visible);

    Window window(conditional);
    window.enterAll(steps);
    for (const QString &key : conditionalKeys) {
        QCOMPARE(window.form->fieldWidget(key)->isVisible(), visible.contains(key));
        QCOMPARE(window.form->validation().visible.at(window.form->schema().indexOf(key)),
                 visible.contains(key));
    }
}

void FormRendererTest::dropsTheAnswersOfHiddenFields()
{
    Window window(conditional);
    window.enterAll({u"device=Laptop"_s, u"dock=Yes"_s, u"dock_model=TB4"_s, u"device=Phone"_s});

    const QJsonObject held = {
        {u"device"_s, u"phone"_s}, {u"dock"_s, true}, {u"dock_model"_s, u"TB4"_s}};
    QCOMPARE(window.form->answers(), held);
    QCOMPARE(window.form->validation().answers, QJsonObject({{u"device"_s, u"phone"_s}}));
    QVERIFY(window.form->validation().ok());
}

void FormRendererTest::tabOrderFollowsTheForm_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("order"); // widget names, from the first one on

    // Radio buttons are one stop, as everywhere in Qt: Tab reaches the
    // checked one (or the first), the arrow keys the others.
    QTest::newRow("a laptop with a dock")
        << conditional << QStringList{u"device=Laptop"_s, u"dock=Yes"_s}
        << QStringList{u"editor_device"_s, u"editor_dock_0"_s, u"editor_monitor"_s,
                       u"editor_charger"_s, u"editor_dock_model"_s};
    QTest::newRow("a laptop without a dock")
        << conditional << QStringList{u"device=Laptop"_s, u"dock=No"_s}
        << QStringList{u"editor_device"_s, u"editor_dock_1"_s, u"editor_monitor"_s};
    QTest::newRow("a desktop skips the hidden fields")
        << conditional << QStringList{u"device=Desktop"_s}
        << QStringList{u"editor_device"_s, u"editor_monitor"_s};
    // A date's button empties it, once it has one; a file list shows once
    // it has files, and its Remove button once one is chosen.
    QTest::newRow("editors of several parts")
        << everyType << QStringList{u"start=2026-12-07"_s}
        << QStringList{u"editor_start"_s,   u"clear_start"_s,    u"editor_meeting"_s,
                       u"addFiles_quote"_s, u"editor_manager"_s, u"editor_terms_0"_s};
}

void FormRendererTest::tabOrderFollowsTheForm()
{
    QFETCH(QString, form);
    QFETCH(QStringList, steps);
    QFETCH(QStringList, order);

    Window window(form);
    window.enterAll(steps);
    window.form->findChild<QWidget *>(order.first())->setFocus();
    QStringList visited = {QApplication::focusWidget()->objectName()};
    while (visited.size() < order.size()) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited << QApplication::focusWidget()->objectName();
    }
    QCOMPARE(visited, order);
}

void FormRendererTest::aNameOfNobodyIsNoPerson()
{
    Window window(everyType);
    auto *manager = qobject_cast<QComboBox *>(window.editor(u"manager"_s));
    manager->setFocus();
    QTest::keyClicks(manager, u"Zoe"_s);
    QCOMPARE(window.form->answers().value(u"manager"_s), QJsonValue(u"Zoe"_s));
    QCOMPARE(window.message(u"manager"_s), u"\"Manager\" must be a person from the directory."_s);
    QVERIFY(!window.form->validation().answers.contains(u"manager"_s));

    // An inactive person is not offered.
    QCOMPARE(manager->findText(u"Carl Martin (cmartin)"_s), -1);
    QCOMPARE(manager->count(), 2);
}

void FormRendererTest::answersWithTheKeyboardOnly()
{
    Window window(conditional);
    window.enter(u"device"_s, u"Laptop"_s);
    QWidget *device = window.editor(u"device"_s);
    device->setFocus();
    QTest::keyClick(device, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"editor_dock_0"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"editor_dock_1"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(window.form->answers().value(u"dock"_s), QJsonValue(false));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), u"27 inch"_s);
    QCOMPARE(window.form->answers().value(u"monitor"_s), QJsonValue(u"27 inch"_s));
}

void FormRendererTest::setAnswersRestores()
{
    const QJsonObject draft = {
        {u"title"_s, u"New laptop"_s},
        {u"details"_s, u"Two screens\nand a dock"_s},
        {u"email"_s, u"ana@example.com"_s},
        {u"count"_s, 3},
        {u"budget"_s, 1250.5},
        {u"model"_s, u"desktop"_s},
        {u"urgency"_s, u"low"_s},
        {u"extras"_s, QJsonArray{u"mouse"_s, u"bag"_s}},
        {u"loan"_s, false},
        {u"start"_s, u"2026-12-07"_s},
        {u"meeting"_s, u"2026-12-07T09:30:00+01:00"_s},
        {u"quote"_s, json(R"([{"name": "quote.pdf", "size": 15, "mime": "application/pdf"}])")},
        {u"manager"_s, double(bobId)},
        {u"terms"_s, true}};

    Window window(everyType);
    window.form->setAnswers(draft);
    QCOMPARE(window.form->answers(), draft);
    QVERIFY(window.form->validation().ok());
    QCOMPARE(qobject_cast<QComboBox *>(window.editor(u"manager"_s))->currentText(),
             u"Bob Dupont (bdupont)"_s);
    QCOMPARE(qobject_cast<QComboBox *>(window.editor(u"model"_s))->currentText(), u"Desktop"_s);
    QCOMPARE(qobject_cast<QDateTimeEdit *>(window.editor(u"start"_s))->date(), QDate(2026, 12, 7));
    QCOMPARE(window.form->fieldWidget(u"quote"_s)->findChild<QListWidget *>()->count(), 1);
    // A restored file is one the store holds already: nothing to upload.
    QVERIFY(window.form->uploads().isEmpty());
    // Restoring touches nothing: no message before the requester acts.
    QCOMPARE(window.message(u"title"_s), QString());

    window.form->setAnswers({});
    QCOMPARE(window.form->answers(), QJsonObject());
}

void FormRendererTest::attachesFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message"); // empty: attached

    QTest::newRow("accepted") << u"quote.pdf"_s << QString();
    QTest::newRow("above the field's limit")
        << u"big.pdf"_s
        << u"\"big.pdf\" is too large for \"Quote\": it has 150 bytes, and the limit is 100 "
           "bytes."_s;
    QTest::newRow("an extension the field does not take")
        << u"tool.exe"_s
        << u"\"tool.exe\" cannot be attached to \"Quote\": only pdf and txt files are accepted."_s;
}

void FormRendererTest::attachesFiles()
{
    QFETCH(QString, name);
    QFETCH(QString, message);

    Window window(everyType);
    auto *files = window.form->fieldWidget(u"quote"_s)->findChild<FormFileEditor *>();
    QCOMPARE(files->attachFile(filePath(name)), message.isEmpty());
    QCOMPARE(window.message(u"quote"_s), message);
    QCOMPARE(window.form->answers().contains(u"quote"_s), message.isEmpty());
    QCOMPARE(window.form->uploads().size(), message.isEmpty() ? 1 : 0);
    if (message.isEmpty()) {
        const FormUpload upload = window.form->uploads().first();
        QCOMPARE(upload.fieldKey, u"quote"_s);
        QCOMPARE(upload.fileName, name);
        QCOMPARE(upload.mimeType, u"application/pdf"_s);
        QCOMPARE(upload.content, QByteArray("%PDF-1.4\nquote\n"));
    }

    // The next file taken clears the refusal.
    QVERIFY(files->attachFile(filePath(u"notes.txt"_s)));
    QCOMPARE(window.message(u"quote"_s), QString());
}

void FormRendererTest::removesAFile()
{
    Window window(everyType);
    auto *files = window.form->fieldWidget(u"quote"_s)->findChild<FormFileEditor *>();
    QVERIFY(files->attachFile(filePath(u"quote.pdf"_s)));
    QVERIFY(files->attachFile(filePath(u"notes.txt"_s)));

    auto *list = files->findChild<QListWidget *>(u"files_quote"_s);
    QCOMPARE(list->count(), 2);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(0)).center());
    QTest::mouseClick(files->findChild<QPushButton *>(u"removeFile_quote"_s), Qt::LeftButton);

    const QJsonArray left = window.form->answers().value(u"quote"_s).toArray();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first()[u"name"_s], u"notes.txt"_s);
    QCOMPARE(window.form->uploads().size(), 1);
    QCOMPARE(window.form->uploads().first().fileName, u"notes.txt"_s);
}

void FormRendererTest::labelsMarkRequiredFieldsAndNameTheirEditor()
{
    Window window(everyType);
    auto labelOf = [&window](const QString &key) {
        return window.form->fieldWidget(key)->findChild<QLabel *>(u"label_"_s + key);
    };
    QCOMPARE(labelOf(u"title"_s)->text(), u"Title *"_s);
    QCOMPARE(labelOf(u"details"_s)->text(), u"Details"_s);
    // "&" is shown as written, not taken for a shortcut.
    QCOMPARE(labelOf(u"terms"_s)->text(), u"Terms && conditions"_s);
    QCOMPARE(labelOf(u"title"_s)->buddy(), window.editor(u"title"_s));
    QCOMPARE(labelOf(u"loan"_s)->buddy()->objectName(), u"editor_loan_0"_s);
    QCOMPARE(window.form->fieldWidget(u"title"_s)->findChild<QLabel *>(u"help_title"_s)->text(),
             u"What you need, in a few words."_s);
    QCOMPARE(qobject_cast<QLineEdit *>(window.editor(u"title"_s))->placeholderText(),
             u"A few words"_s);
    QVERIFY(window.form->fieldWidget(u"notes"_s)->findChild<QLabel *>(u"heading_notes"_s));
    QCOMPARE(window.form->fieldWidget(u"nothing"_s), nullptr);
}

QTEST_MAIN(FormRendererTest)
#include "tst_formrenderer.moc"
