#include "TestDatabase.h"
#include "catalog/CatalogStore.h"
#include "catalog/ServiceForm.h"
#include "forms/FormDesignerDialog.h"
#include "forms/FormDesignerDocument.h"
#include "forms/FormKeyGenerator.h"
#include "forms/FormRenderer.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace {

using Type = FormField::Type;
using Operator = FormCondition::Operator;

// The visible widget of that name: rebuilt editors leave hidden ones behind
// until the event loop deletes them.
template <typename T> T *child(const QWidget &root, const QString &name)
{
    const QList<T *> found = root.findChildren<T *>(name);
    for (T *widget : found) {
        if (widget->isVisibleTo(&root))
            return widget;
    }
    if (found.isEmpty())
        qWarning("no widget named %s", qPrintable(name));
    return found.value(0);
}

FormField field(Type type, const QString &key, const QString &label)
{
    FormField field;
    field.type = type;
    field.key = key;
    field.label = label;
    if (field.hasChoices())
        field.choices = {{u"laptop"_s, u"Laptop"_s}, {u"desktop"_s, u"Desktop"_s}};
    return field;
}

FormSchema schemaOf(const QList<FormField> &fields)
{
    QList<FormProblem> problems;
    const auto schema = FormSchema::fromFields(fields, &problems);
    if (!schema)
        qFatal("bad test schema: %s", qPrintable(problems.value(0).text()));
    return *schema;
}

QStringList keysOf(const QJsonObject &json)
{
    QList<FormProblem> problems;
    const auto schema = FormSchema::fromJson(json, &problems);
    return schema ? schema->keys() : QStringList{problems.value(0).text()};
}

void showAndActivate(QWidget &window)
{
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

QStringList keysOf(const QList<FormField> &fields)
{
    QStringList keys;
    for (const FormField &field : fields)
        keys << field.key;
    return keys;
}

// Opens the Add Field menu with a click and picks the type, as a person does.
void addField(FormDesignerDialog &dialog, Type type)
{
    auto *button = child<QPushButton>(dialog, u"addFieldButton"_s);
    QMenu *menu = button->menu();
    QAction *action = menu->findChild<QAction *>(u"add_"_s + FormField::typeKey(type));
    QVERIFY(action);
    QTimer::singleShot(0, menu, [menu, action] {
        menu->setActiveAction(action);
        QTest::keyClick(menu, Qt::Key_Return);
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(!menu->isVisible());
    // The offscreen platform does not give the window back after a popup.
    button->window()->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), button->window());
}

void replaceText(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

// Steps through the combo box with the arrow keys to the item.
void choose(QComboBox *combo, const QString &text)
{
    QVERIFY(combo);
    const int target = combo->findText(text);
    QVERIFY2(target >= 0, qPrintable(text));
    combo->setFocus();
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(combo->currentText(), text);
}

void selectRow(FormDesignerDialog &dialog, int row)
{
    auto *list = child<QListWidget>(dialog, u"fieldList"_s);
    QVERIFY(list && list->item(row));
    const QRect rect = list->visualItemRect(list->item(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(dialog.document()->current(), row);
}

// Check boxes are clicked on their box, where a person aims.
void click(const QWidget &root, const QString &name)
{
    auto *button = child<QAbstractButton>(root, name);
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), qPrintable(name));
    const bool box = qobject_cast<QCheckBox *>(button);
    QTest::mouseClick(button, Qt::LeftButton, {}, box ? QPoint(6, button->height() / 2) : QPoint());
}

// Through the window, as a real click goes: whatever covers the widget
// gets it.
void clickThroughWindow(QWidget *widget)
{
    QWindow *window = widget->window()->windowHandle();
    const QPoint at = window->mapFromGlobal(widget->mapToGlobal(widget->rect().center()));
    QTest::mouseClick(window, Qt::LeftButton, {}, at);
}

// Makes the selected field shown when another field's answer matches.
void setCondition(FormDesignerDialog &dialog, const QString &fieldLabel, const QString &op,
                  const QString &value)
{
    choose(child<QComboBox>(dialog, u"conditionMode"_s), u"Shown when all of these hold:"_s);
    choose(child<QComboBox>(dialog, u"conditionField"_s), fieldLabel);
    choose(child<QComboBox>(dialog, u"conditionOperator"_s), op);
    if (!value.isEmpty())
        replaceText(child<QLineEdit>(dialog, u"conditionValueText"_s), value);
}

QStringList problemTexts(const FormDesignerDialog &dialog)
{
    QStringList texts;
    auto *list = dialog.findChild<QListWidget *>(u"problemList"_s);
    for (int row = 0; row < list->count(); ++row)
        texts << list->item(row)->text();
    return texts;
}

} // namespace

class FormDesignerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addsFieldsFromTheMenu_data();
    void addsFieldsFromTheMenu();
    void labelMakesTheKey_data();
    void labelMakesTheKey();
    void publishedKeysStay();
    void reordersFields();
    void conditionShowsAndHidesThePreviewField();
    void conditionsFollowANewKey();
    void refusesBrokenForms_data();
    void refusesBrokenForms();
    void undoesAndRedoes();
    void mergesKeystrokes();
    void remembersItsGeometry();
    void designsTheFormOfAService();
};

void FormDesignerTest::initTestCase()
{
    // The dialog's geometry goes to a throwaway settings file.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"KaliaOpsTests"_s);
    QCoreApplication::setApplicationName(u"tst_formdesigner"_s);
}

void FormDesignerTest::addsFieldsFromTheMenu_data()
{
    QTest::addColumn<Type>("type");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<QStringList>("hidden");

    QTest::newRow("text") << Type::Text << u"single_line_text"_s
                          << QStringList{u"patternEdit"_s, u"placeholderEdit"_s}
                          << QStringList{u"choicesTable"_s, u"minimumEdit"_s};
    QTest::newRow("number") << Type::Number << u"number"_s
                            << QStringList{u"minimumEdit"_s, u"integerCheck"_s}
                            << QStringList{u"patternEdit"_s, u"dateMinEdit"_s};
    QTest::newRow("choice") << Type::Choice << u"single_choice"_s
                            << QStringList{u"choicesTable"_s, u"displayCombo"_s}
                            << QStringList{u"patternEdit"_s, u"placeholderEdit"_s};
    QTest::newRow("multichoice") << Type::MultiChoice << u"multiple_choice"_s
                                 << QStringList{u"choicesTable"_s, u"defaultChoices"_s}
                                 << QStringList{u"displayCombo"_s};
    QTest::newRow("date") << Type::Date << u"date"_s
                          << QStringList{u"dateMinEdit"_s, u"notInPastCheck"_s}
                          << QStringList{u"placeholderEdit"_s, u"maxSizeSpin"_s};
    QTest::newRow("file") << Type::File << u"file_attachments"_s
                          << QStringList{u"extensionsEdit"_s, u"maxSizeSpin"_s}
                          << QStringList{u"defaultEditor"_s, u"minimumEdit"_s};
    QTest::newRow("section") << Type::Section << u"new_section"_s
                             << QStringList{u"sectionTextEdit"_s}
                             << QStringList{u"requiredCheck"_s, u"helpEdit"_s};
}

void FormDesignerTest::addsFieldsFromTheMenu()
{
    QFETCH(Type, type);
    QFETCH(QString, key);
    QFETCH(QStringList, shown);
    QFETCH(QStringList, hidden);

    FormDesignerDialog dialog(FormSchema(), {}, {}, nullptr);
    showAndActivate(dialog);
    addField(dialog, Type::Person);
    addField(dialog, type);

    QCOMPARE(dialog.document()->fields().size(), 2);
    QCOMPARE(dialog.document()->fields().at(1).type, type);
    QCOMPARE(dialog.document()->current(), 1);
    auto *list = child<QListWidget>(dialog, u"fieldList"_s);
    QVERIFY(list->item(1)->text().contains(FormField::typeText(type)));
    QCOMPARE(child<QLineEdit>(dialog, u"keyEdit"_s)->text(), key);
    for (const QString &name : shown)
        QVERIFY2(child<QWidget>(dialog, name)->isVisibleTo(&dialog), qPrintable(name));
    for (const QString &name : hidden) {
        const auto widgets = dialog.findChildren<QWidget *>(name);
        for (const QWidget *widget : widgets)
            QVERIFY2(!widget->isVisibleTo(&dialog), qPrintable(name));
    }

    // The new field is in the preview, and the form can be kept.
    QVERIFY(child<FormRenderer>(dialog, u"preview"_s)->fieldWidget(key));
    QVERIFY(child<QPushButton>(dialog, u"okButton"_s)->isEnabled());
    click(dialog, u"okButton"_s);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.schema().keys(), (QStringList{u"person"_s, key}));
}

void FormDesignerTest::labelMakesTheKey_data()
{
    QTest::addColumn<QStringList>("retiredKeys");
    QTest::addColumn<QString>("key");

    QTest::newRow("fresh") << QStringList() << u"laptop_model"_s;
    QTest::newRow("retired") << QStringList{u"laptop_model"_s} << u"laptop_model_2"_s;
    QTest::newRow("retired twice")
        << QStringList{u"laptop_model"_s, u"laptop_model_2"_s} << u"laptop_model_3"_s;
}

void FormDesignerTest::labelMakesTheKey()
{
    QFETCH(QStringList, retiredKeys);
    QFETCH(QString, key);

    FormDesignerDialog dialog(FormSchema(), retiredKeys, {}, nullptr);
    showAndActivate(dialog);
    addField(dialog, Type::Text);
    // The label is selected, ready to be typed over.
    auto *label = child<QLineEdit>(dialog, u"labelEdit"_s);
    QCOMPARE(dialog.focusWidget(), label);
    QCOMPARE(label->selectedText(), u"Single-line text"_s);
    QTest::keyClicks(label, u"Laptop model"_s);

    QCOMPARE(child<QLineEdit>(dialog, u"keyEdit"_s)->text(), key);
    QVERIFY(!child<QLineEdit>(dialog, u"keyEdit"_s)->isReadOnly());
    QVERIFY(child<QListWidget>(dialog, u"fieldList"_s)->item(0)->text().startsWith(u"Laptop"));
    QCOMPARE(dialog.schema().keys(), QStringList{key});
}

void FormDesignerTest::publishedKeysStay()
{
    const FormSchema schema = schemaOf({field(Type::Text, u"model"_s, u"Model"_s)});
    FormDesignerDialog dialog(schema, {u"old_model"_s}, {}, nullptr);
    showAndActivate(dialog);

    // A published field keeps its key whatever its label says.
    replaceText(child<QLineEdit>(dialog, u"labelEdit"_s), u"Computer model"_s);
    QCOMPARE(child<QLineEdit>(dialog, u"keyEdit"_s)->text(), u"model"_s);
    QVERIFY(child<QLineEdit>(dialog, u"keyEdit"_s)->isReadOnly());

    // A new field may be given a key by hand, but never one the form used.
    addField(dialog, Type::Text);
    auto *key = child<QLineEdit>(dialog, u"keyEdit"_s);
    auto *problem = child<QLabel>(dialog, u"inputProblem"_s);
    for (const QString &taken : {u"old_model"_s, u"model"_s}) {
        replaceText(key, taken);
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(taken));
        QVERIFY(dialog.document()->fields().at(1).key != taken);
    }
    replaceText(key, u"serial"_s);
    QVERIFY(!problem->isVisible());
    QCOMPARE(dialog.document()->fields().at(1).key, u"serial"_s);
    // A key typed by hand no longer follows the label.
    replaceText(child<QLineEdit>(dialog, u"labelEdit"_s), u"Serial number"_s);
    QCOMPARE(dialog.schema().keys(), (QStringList{u"model"_s, u"serial"_s}));
}

void FormDesignerTest::reordersFields()
{
    const FormSchema schema =
        schemaOf({field(Type::Text, u"a"_s, u"A"_s), field(Type::Text, u"b"_s, u"B"_s),
                  field(Type::Text, u"c"_s, u"C"_s)});
    FormDesignerDialog dialog(schema, {}, {}, nullptr);
    showAndActivate(dialog);
    const auto order = [&dialog] {
        return keysOf(dialog.document()->fields());
    };

    selectRow(dialog, 0);
    click(dialog, u"moveDownButton"_s);
    QCOMPARE(order(), (QStringList{u"b"_s, u"a"_s, u"c"_s}));
    QCOMPARE(dialog.document()->current(), 1);

    // The keyboard moves the selected field too.
    auto *list = child<QListWidget>(dialog, u"fieldList"_s);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(order(), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QVERIFY(!child<QToolButton>(dialog, u"moveUpButton"_s)->isEnabled());

    // Dropping a row moves it as the list's own drop does.
    QVERIFY(list->model()->moveRow({}, 0, {}, 3));
    QTRY_COMPARE(order(), (QStringList{u"b"_s, u"c"_s, u"a"_s}));
    QCOMPARE(list->item(2)->text().section(u'\n', 0, 0), u"A"_s);

    click(dialog, u"undoButton"_s);
    QCOMPARE(order(), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(list->item(0)->text().section(u'\n', 0, 0), u"A"_s);
    click(dialog, u"redoButton"_s);
    QCOMPARE(order(), (QStringList{u"b"_s, u"c"_s, u"a"_s}));
    QCOMPARE(dialog.schema().keys(), (QStringList{u"b"_s, u"c"_s, u"a"_s}));
}

void FormDesignerTest::conditionShowsAndHidesThePreviewField()
{
    const FormSchema schema = schemaOf({field(Type::Text, u"reason"_s, u"Reason"_s),
                                        field(Type::Text, u"dock"_s, u"Dock model"_s)});
    FormDesignerDialog dialog(schema, {}, {}, nullptr);
    showAndActivate(dialog);
    // Room for the preview, whatever the size of the offscreen screen.
    dialog.resize(1200, 800);
    auto *preview = child<FormRenderer>(dialog, u"preview"_s);
    QVERIFY(!preview->fieldWidget(u"dock"_s)->isHidden());

    selectRow(dialog, 1);
    setCondition(dialog, u"Reason"_s, u"contains"_s, u"dock"_s);
    QCOMPARE(dialog.document()->fields().at(1).visibleWhen,
             FormCondition::all(
                 {FormCondition::comparison(u"reason"_s, Operator::Contains, u"dock"_s)}));
    QVERIFY(child<QListWidget>(dialog, u"fieldList"_s)->item(1)->text().contains(u"conditional"));
    QTRY_VERIFY(preview->fieldWidget(u"dock"_s)->isHidden());

    // Out of test mode the preview takes no input.
    auto *reason = preview->fieldWidget(u"reason"_s)->findChild<QLineEdit *>(u"editor_reason"_s);
    QVERIFY(reason);
    clickThroughWindow(reason);
    QVERIFY(!reason->hasFocus());

    click(dialog, u"testModeCheck"_s);
    reason = preview->fieldWidget(u"reason"_s)->findChild<QLineEdit *>(u"editor_reason"_s);
    clickThroughWindow(reason);
    QTRY_VERIFY(reason->hasFocus());
    QTest::keyClicks(reason, u"I need a dock"_s);
    QTRY_VERIFY(!preview->fieldWidget(u"dock"_s)->isHidden());
    QTest::keyClick(reason, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(reason, Qt::Key_Backspace);
    QTRY_VERIFY(preview->fieldWidget(u"dock"_s)->isHidden());

    // Leaving test mode puts the defaults back.
    QTest::keyClicks(reason, u"dock"_s);
    QTRY_VERIFY(!preview->fieldWidget(u"dock"_s)->isHidden());
    click(dialog, u"testModeCheck"_s);
    QTRY_VERIFY(preview->fieldWidget(u"dock"_s)->isHidden());
    QVERIFY(preview->answers().isEmpty());
}

void FormDesignerTest::conditionsFollowANewKey()
{
    FormDesignerDialog dialog(FormSchema(), {}, {}, nullptr);
    showAndActivate(dialog);
    addField(dialog, Type::Text);
    replaceText(child<QLineEdit>(dialog, u"labelEdit"_s), u"Reason"_s);
    addField(dialog, Type::Text);
    setCondition(dialog, u"Reason"_s, u"is not empty"_s, {});

    selectRow(dialog, 0);
    replaceText(child<QLineEdit>(dialog, u"labelEdit"_s), u"Why"_s);
    QCOMPARE(dialog.document()->fields().at(0).key, u"why"_s);
    QCOMPARE(dialog.document()->fields().at(1).visibleWhen.fieldKeys(), QStringList{u"why"_s});
    replaceText(child<QLineEdit>(dialog, u"keyEdit"_s), u"motive"_s);
    QCOMPARE(dialog.document()->fields().at(1).visibleWhen.fieldKeys(), QStringList{u"motive"_s});
    QVERIFY(child<QPushButton>(dialog, u"okButton"_s)->isEnabled());
}

void FormDesignerTest::refusesBrokenForms_data()
{
    QTest::addColumn<QString>("breakage");
    QTest::addColumn<QString>("fieldName");

    QTest::newRow("duplicate key") << u"key"_s << u"Office"_s;
    QTest::newRow("cycle") << u"cycle"_s << u"Office"_s;
    QTest::newRow("bad pattern") << u"pattern"_s << u"Office"_s;
    QTest::newRow("blank label") << u"label"_s << u"field"_s;
}

void FormDesignerTest::refusesBrokenForms()
{
    QFETCH(QString, breakage);
    QFETCH(QString, fieldName);

    FormDesignerDialog dialog(FormSchema(), {}, {}, nullptr);
    showAndActivate(dialog);
    addField(dialog, Type::Text);
    QTest::keyClicks(child<QLineEdit>(dialog, u"labelEdit"_s), u"Building"_s);
    addField(dialog, Type::Text);
    QTest::keyClicks(child<QLineEdit>(dialog, u"labelEdit"_s), u"Office"_s);
    auto *ok = child<QPushButton>(dialog, u"okButton"_s);
    QVERIFY(ok->isEnabled());
    QVERIFY(!dialog.findChild<QListWidget *>(u"problemList"_s)->isVisible());
    // Chosen again, the field's next edit is a step of its own.
    selectRow(dialog, 0);
    selectRow(dialog, 1);
    const int changes = dialog.document()->undoStack()->index();

    if (breakage == u"key") {
        replaceText(child<QLineEdit>(dialog, u"keyEdit"_s), u"building"_s);
    } else if (breakage == u"cycle") {
        setCondition(dialog, u"Building"_s, u"is not empty"_s, {});
        selectRow(dialog, 0);
        setCondition(dialog, u"Office"_s, u"is not empty"_s, {});
        selectRow(dialog, 1);
    } else if (breakage == u"pattern") {
        replaceText(child<QLineEdit>(dialog, u"patternEdit"_s), u"[0-9"_s);
    } else {
        replaceText(child<QLineEdit>(dialog, u"labelEdit"_s), {});
    }

    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.findChild<QListWidget *>(u"problemList"_s)->isVisible());
    const QStringList problems = problemTexts(dialog);
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems.first().startsWith(u'"' + fieldName + u'"'), qPrintable(problems.first()));
    child<QPushButton>(dialog, u"okButton"_s)->click();
    QVERIFY(dialog.isVisible());

    // Undone, the form is whole again.
    while (dialog.document()->undoStack()->index() > changes)
        click(dialog, u"undoButton"_s);
    QVERIFY(ok->isEnabled());
    QVERIFY(!dialog.findChild<QListWidget *>(u"problemList"_s)->isVisible());
    QCOMPARE(dialog.schema().keys(), (QStringList{u"building"_s, u"office"_s}));
}

void FormDesignerTest::undoesAndRedoes()
{
    const FormSchema schema =
        schemaOf({field(Type::Text, u"a"_s, u"A"_s), field(Type::Choice, u"b"_s, u"B"_s)});
    FormDesignerDialog dialog(schema, {}, {}, nullptr);
    showAndActivate(dialog);
    const auto keys = [&dialog] {
        return keysOf(dialog.document()->fields());
    };
    QVERIFY(!child<QToolButton>(dialog, u"undoButton"_s)->isEnabled());

    addField(dialog, Type::YesNo);
    QCOMPARE(keys(), (QStringList{u"a"_s, u"yes_or_no"_s, u"b"_s}));
    click(dialog, u"undoButton"_s);
    QCOMPARE(keys(), (QStringList{u"a"_s, u"b"_s}));
    click(dialog, u"redoButton"_s);
    QCOMPARE(keys(), (QStringList{u"a"_s, u"yes_or_no"_s, u"b"_s}));

    // Delete, then undo: the field is back in its place, selected.
    selectRow(dialog, 2);
    click(dialog, u"deleteFieldButton"_s);
    QCOMPARE(keys(), (QStringList{u"a"_s, u"yes_or_no"_s}));
    click(dialog, u"undoButton"_s);
    QCOMPARE(keys(), (QStringList{u"a"_s, u"yes_or_no"_s, u"b"_s}));
    QCOMPARE(dialog.document()->current(), 2);
    QCOMPARE(child<QLineEdit>(dialog, u"labelEdit"_s)->text(), u"B"_s);

    // Duplicate gives a new key; a choice edit is undone too.
    click(dialog, u"duplicateFieldButton"_s);
    QCOMPARE(keys().last(), u"b_copy"_s);
    click(dialog, u"addChoiceButton"_s);
    QCOMPARE(dialog.document()->fields().last().choices.size(), 3);
    click(dialog, u"undoButton"_s);
    QCOMPARE(dialog.document()->fields().last().choices.size(), 2);

    // Property edits: a check box, and Ctrl+Z from inside a text box.
    click(dialog, u"requiredCheck"_s);
    QVERIFY(dialog.document()->fields().last().required);
    auto *label = child<QLineEdit>(dialog, u"labelEdit"_s);
    QTest::keyClicks(label, u"!"_s);
    QCOMPARE(dialog.document()->fields().last().label, u"B (copy)!"_s);
    QTest::keyClick(label, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(dialog.document()->fields().last().label, u"B (copy)"_s);
    QCOMPARE(label->text(), u"B (copy)"_s);
    QTest::keyClick(label, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!dialog.document()->fields().last().required);
    QTest::keyClick(label, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(dialog.document()->fields().last().required);
}

void FormDesignerTest::mergesKeystrokes()
{
    FormDesignerDialog dialog(FormSchema(), {}, {}, nullptr);
    showAndActivate(dialog);
    addField(dialog, Type::Text);
    QUndoStack *stack = dialog.document()->undoStack();
    QCOMPARE(stack->count(), 1);

    QTest::keyClicks(child<QLineEdit>(dialog, u"labelEdit"_s), u"Hostname"_s);
    QTest::keyClicks(child<QPlainTextEdit>(dialog, u"helpEdit"_s), u"As in DNS"_s);
    QCOMPARE(stack->count(), 3);
    click(dialog, u"undoButton"_s);
    QCOMPARE(dialog.document()->fields().at(0).help, QString());

    // After an undo, typing is a step of its own.
    QTest::keyClicks(child<QLineEdit>(dialog, u"labelEdit"_s), u"s"_s);
    QCOMPARE(stack->count(), 3);
    QCOMPARE(dialog.document()->fields().at(0).label, u"Hostnames"_s);
    click(dialog, u"undoButton"_s);
    QCOMPARE(dialog.document()->fields().at(0).label, u"Hostname"_s);

    // So is typing in a field chosen again.
    addField(dialog, Type::Number);
    selectRow(dialog, 0);
    QTest::keyClicks(child<QLineEdit>(dialog, u"labelEdit"_s), u"!"_s);
    selectRow(dialog, 1);
    selectRow(dialog, 0);
    QTest::keyClicks(child<QLineEdit>(dialog, u"labelEdit"_s), u"!"_s);
    QCOMPARE(dialog.document()->fields().at(0).label, u"Hostname!!"_s);
    click(dialog, u"undoButton"_s);
    QCOMPARE(dialog.document()->fields().at(0).label, u"Hostname!"_s);
    click(dialog, u"undoButton"_s);
    click(dialog, u"undoButton"_s);
    QCOMPARE(dialog.document()->fields().size(), 1);

    // One step undoes the whole label, and the key made from it.
    click(dialog, u"undoButton"_s);
    QCOMPARE(dialog.document()->fields().at(0).label, u"Single-line text"_s);
    QCOMPARE(dialog.document()->fields().at(0).key, u"single_line_text"_s);
    QCOMPARE(stack->index(), 1);
}

void FormDesignerTest::remembersItsGeometry()
{
    QSettings().remove(u"FormDesignerDialog"_s);
    {
        FormDesignerDialog dialog(FormSchema(), {}, {}, nullptr);
        showAndActivate(dialog);
        dialog.resize(1000, 700);
        click(dialog, u"okButton"_s);
    }
    FormDesignerDialog again(FormSchema(), {}, {}, nullptr);
    showAndActivate(again);
    QCOMPARE(again.size(), QSize(1000, 700));
}

void FormDesignerTest::designsTheFormOfAService()
{
    TestDatabase db(u"sqlite"_s);
    const auto database = db.open();
    QVERIFY(database);
    CatalogStore store(*database);
    const qint64 category = *store.createCategory({0, 0, u"Equipment"_s, {}, u"laptop"_s, 1});
    Service laptop;
    laptop.categoryId = category;
    laptop.name = u"Laptop"_s;
    laptop.formSchema = schemaOf({field(Type::Text, u"model"_s, u"Model"_s)}).toJson();
    const qint64 id = *store.createService(laptop);

    ServiceForm form(store);
    ServiceForm::Choices choices;
    choices.categories = *store.categories();
    form.load(*store.service(id), choices);
    showAndActivate(form);
    QCOMPARE(child<QLabel>(form, u"formSummary"_s)->text(), u"1 field(s), 0 conditional"_s);
    QVERIFY(!form.isModified());

    // Design: a yes/no question shown once a model is given.
    click(form, u"designFormButton"_s);
    FormDesignerDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = form.findChild<FormDesignerDialog *>()) && dialog->isVisible());
    addField(*dialog, Type::YesNo);
    replaceText(child<QLineEdit>(*dialog, u"labelEdit"_s), u"Needs a dock"_s);
    setCondition(*dialog, u"Model"_s, u"is not empty"_s, {});
    click(*dialog, u"okButton"_s);
    QTRY_VERIFY(!form.findChild<FormDesignerDialog *>());

    QCOMPARE(keysOf(form.service().formSchema), (QStringList{u"model"_s, u"needs_a_dock"_s}));
    const QJsonObject dock = form.service().formSchema.value(u"fields"_s)[1].toObject();
    QVERIFY(dock.contains(u"visibleWhen"_s));
    QCOMPARE(child<QLabel>(form, u"formSummary"_s)->text(), u"2 field(s), 1 conditional"_s);
    QVERIFY(form.isModified());
    QVERIFY(child<QPushButton>(form, u"serviceSave"_s)->isEnabled());
    QVERIFY(store.updateService(form.service()));
    QVERIFY(store.formKeysEverUsed(id)->contains(u"needs_a_dock"_s));

    // Removed and asked again, the question gets another key.
    form.load(*store.service(id), choices);
    click(form, u"designFormButton"_s);
    QTRY_VERIFY((dialog = form.findChild<FormDesignerDialog *>()) && dialog->isVisible());
    selectRow(*dialog, 1);
    click(*dialog, u"deleteFieldButton"_s);
    addField(*dialog, Type::YesNo);
    replaceText(child<QLineEdit>(*dialog, u"labelEdit"_s), u"Needs a dock"_s);
    QCOMPARE(child<QLineEdit>(*dialog, u"keyEdit"_s)->text(), u"needs_a_dock_2"_s);
    click(*dialog, u"okButton"_s);
    QTRY_VERIFY(!form.findChild<FormDesignerDialog *>());
    QCOMPARE(keysOf(form.service().formSchema), (QStringList{u"model"_s, u"needs_a_dock_2"_s}));
}

QTEST_MAIN(FormDesignerTest)
#include "tst_formdesigner.moc"
