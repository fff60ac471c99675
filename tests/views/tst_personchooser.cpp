#include "people/PersonChooserDialog.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Person person(qint64 id, const QString &login, const QString &name, bool active = true)
{
    Person p;
    p.id = id;
    p.login = login;
    p.displayName = name;
    p.active = active;
    return p;
}

} // namespace

// Switching the person the program acts for.
class PersonChooserTest : public QObject
{
    Q_OBJECT

private slots:
    void findsPeopleAsYouType();
};

void PersonChooserTest::findsPeopleAsYouType()
{
    PersonChooserDialog dialog({person(1, u"lmartin"_s, u"Léa Martin"_s),
                                person(2, u"mdubois"_s, u"Marc Dubois"_s),
                                person(3, u"gone"_s, u"Gone Away"_s, false)},
                               2);
    auto *list = dialog.findChild<QListWidget *>(u"personList"_s);
    auto *filter = dialog.findChild<QLineEdit *>(u"personFilter"_s);
    QVERIFY(list && filter);
    QCOMPARE(list->count(), 2); // people who left are not offered
    QCOMPARE(dialog.person().id, 2);

    // Accents ignored: "lea" finds Léa, and she becomes the choice.
    QTest::keyClicks(filter, u"lea"_s);
    QCOMPARE(dialog.person().id, 1);
    QVERIFY(list->item(1)->isHidden());

    // Nothing matches: nothing to switch to.
    filter->clear();
    QTest::keyClicks(filter, u"zzz"_s);
    QCOMPARE(dialog.person().id, 0);
    const auto buttons = dialog.findChildren<QPushButton *>();
    const auto ok = std::find_if(buttons.begin(), buttons.end(), [](const QPushButton *button) {
        return button->text() == u"Switch"_s;
    });
    QVERIFY(ok != buttons.end());
    QVERIFY(!(*ok)->isEnabled());
}

QTEST_MAIN(PersonChooserTest)
#include "tst_personchooser.moc"
