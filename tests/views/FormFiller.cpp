#include "FormFiller.h"

#include "forms/FormFileEditor.h"
#include "forms/FormRenderer.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

using namespace Qt::StringLiterals;

FormFiller::FormFiller(const FormSchema &schema, const QList<Person> &people, QDate today)
    : form(new FormRenderer)
{
    form->setPeople(people);
    form->setToday(today);
    form->setSchema(schema);
    m_area.setWidgetResizable(true);
    m_area.setWidget(form);
    m_area.resize(600, 800);
    m_area.show();
    m_area.activateWindow();
    if (!QTest::qWaitForWindowActive(&m_area))
        qWarning("the form's window did not become active");
}

QWidget *FormFiller::editor(const QString &key) const
{
    QWidget *field = form->fieldWidget(key);
    return field ? field->findChild<QWidget *>(u"editor_"_s + key) : nullptr;
}

QString FormFiller::message(const QString &key) const
{
    auto *label = form->fieldWidget(key)->findChild<QLabel *>(u"message_"_s + key);
    return label && label->isVisible() ? label->text() : QString();
}

void FormFiller::enter(const QString &key, const QString &input)
{
    QWidget *widget = editor(key);
    QVERIFY2(widget, qPrintable(key));
    if (auto *files = qobject_cast<FormFileEditor *>(widget)) {
        files->attachFile(input);
    } else if (qobject_cast<QDateTimeEdit *>(widget)) {
        typeDate(key, input);
    } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        combo->isEditable() ? pickPerson(combo, input) : choose(combo, input);
    } else if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget)) {
        widget->setFocus();
        QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(widget, input);
    } else {
        clickButtons(widget, input);
    }
}

void FormFiller::enterAll(const QStringList &steps)
{
    for (const QString &step : steps)
        enter(step.section(u'=', 0, 0), step.section(u'=', 1));
}

// Clears the date if there is one, then types the new one in the editor's
// format, from its first part on.
void FormFiller::typeDate(const QString &key, const QString &iso)
{
    auto *edit = qobject_cast<QDateTimeEdit *>(editor(key));
    auto *clear = form->fieldWidget(key)->findChild<QAbstractButton *>(u"clear_"_s + key);
    if (clear->isEnabled())
        QTest::mouseClick(clear, Qt::LeftButton);
    else
        edit->setFocus();
    QVERIFY(edit->hasFocus());
    const QDateTime dateTime = iso.contains(u'T')
                                   ? QDateTime::fromString(iso, Qt::ISODate)
                                   : QDate::fromString(iso, Qt::ISODate).startOfDay();
    QTest::keyClicks(edit, dateTime.toString(edit->displayFormat()));
}

// Opens the list with a click, goes to the item with the arrow keys and
// takes it with Return.
void FormFiller::choose(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    QTest::mouseClick(combo, Qt::LeftButton);
    QAbstractItemView *list = combo->view();
    QTRY_VERIFY(list->isVisible());
    while (list->currentIndex().row() != index)
        QTest::keyClick(list, list->currentIndex().row() < index ? Qt::Key_Down : Qt::Key_Up);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(!list->isVisible());
    QCOMPARE(combo->currentIndex(), index);
}

void FormFiller::pickPerson(QComboBox *combo, const QString &part)
{
    combo->setFocus();
    QTest::keyClicks(combo, part);
    QAbstractItemView *popup = combo->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
}

// Clicks each button on its round or square, where a person would.
void FormFiller::clickButtons(QWidget *editor, const QString &texts)
{
    const auto buttons = editor->findChildren<QAbstractButton *>();
    for (const QString &text : texts.split(u'|')) {
        const auto named = std::find_if(buttons.begin(), buttons.end(),
                                        [&text](auto *button) { return button->text() == text; });
        QVERIFY2(named != buttons.end(), qPrintable(text));
        const int middle = (*named)->height() / 2;
        QTest::mouseClick(*named, Qt::LeftButton, {}, QPoint(middle, middle));
    }
}
