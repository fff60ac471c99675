#include "PortalFixture.h"

#include "demo/DemoCatalog.h"
#include "forms/FormRenderer.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QListView>
#include <QSqlQuery>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

PortalFixture::PortalFixture(const QString &language)
    : m_test(u"sqlite"_s)
{
    m_database = m_test.open();
    if (!m_database || !DemoCatalog::load(*m_database, language))
        return;
    catalog = std::make_unique<CatalogStore>(*m_database);
    people = std::make_unique<PeopleStore>(*m_database);
    requests = std::make_unique<RequestStore>(*m_database);
    const auto found = people->peopleWithLogin(u"cpetit"_s);
    if (!found || found->isEmpty())
        return;
    session = Session(found->first());
    requests->setSession(&session);
}

void PortalFixture::open(const Session *as)
{
    view = std::make_unique<PortalView>(*catalog, *people, *requests, as);
    view->resize(1200, 800);
    view->show();
    view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(view.get()));
}

QString PortalFixture::text(const QString &labelName) const
{
    auto *label = child<QLabel>(labelName);
    return label ? label->text() : QString();
}

QListView *PortalFixture::cards() const
{
    return child<QListView>(u"portalCards"_s);
}

QStringList PortalFixture::cardNames() const
{
    QStringList names;
    for (int row = 0; row < cards()->model()->rowCount(); ++row)
        names << cards()->model()->index(row, 0).data().toString();
    return names;
}

qint64 PortalFixture::serviceId(const QString &name) const
{
    const auto services = catalog->services();
    for (const Service &service : services.value()) {
        if (service.name == name)
            return service.id;
    }
    return 0;
}

qint64 PortalFixture::count(const QString &sql) const
{
    QSqlQuery q = m_database->query();
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}
bool PortalFixture::clickRow(QTreeView *tree, const QString &name)
{
    const QModelIndexList found =
        tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, name, 1,
                             Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty())
        return false;
    tree->scrollTo(found.first());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                      tree->visualRect(found.first()).center());
    return true;
}

bool PortalFixture::clickCard(QListView *cards, const QString &name)
{
    const QModelIndexList found = cards->model()->match(cards->model()->index(0, 0),
                                                        Qt::DisplayRole, name, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    cards->scrollTo(found.first());
    QTest::mouseClick(cards->viewport(), Qt::LeftButton, {},
                      cards->visualRect(found.first()).center());
    return true;
}

QWidget *PortalFixture::editor(FormRenderer *form, const QString &key)
{
    QWidget *field = form->fieldWidget(key);
    return field ? field->findChild<QWidget *>(u"editor_"_s + key) : nullptr;
}

void PortalFixture::clickButton(FormRenderer *form, const QString &key, const QString &text)
{
    QWidget *widget = editor(form, key);
    QVERIFY2(widget, qPrintable(key));
    const auto buttons = widget->findChildren<QAbstractButton *>();
    const auto named = std::find_if(buttons.begin(), buttons.end(), [&](QAbstractButton *button) {
        return button->text() == text;
    });
    QVERIFY2(named != buttons.end(), qPrintable(text));
    const int middle = (*named)->height() / 2;
    QTest::mouseClick(*named, Qt::LeftButton, {}, QPoint(middle, middle));
}

void PortalFixture::choose(FormRenderer *form, const QString &key, const QString &text)
{
    auto *combo = qobject_cast<QComboBox *>(editor(form, key));
    QVERIFY2(combo, qPrintable(key));
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
    // The offscreen platform leaves no window active once the list closes;
    // on a desktop, the form's window is active again.
    combo->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(combo->window()));
}

void PortalFixture::type(FormRenderer *form, const QString &key, const QString &text)
{
    QWidget *widget = editor(form, key);
    QVERIFY2(widget, qPrintable(key));
    widget->setFocus();
    QTest::keyClicks(widget, text);
}
