#pragma once

#include "RequestActors.h"
#include "people/PeopleStore.h"

#include <QTest>
#include <QTranslator>

class QAbstractItemView;
class QTabWidget;

// The people and services of the request screens' tests: Lea and Sam ask,
// Marc (Lea's manager) approves, Ana is a technician. "New PC" needs
// approval and has a form with a model, a justification and a quote file;
// "Password reset" needs neither. Plus helpers that act like a person.
class RequestViewFixture
{
public:
    explicit RequestViewFixture(const QString &backend);

    bool ok() const { return m_ok; }
    RequestFixture &base() { return *m_fixture; }
    RequestActors &actors() { return *m_actors; }
    const PeopleStore &people() const { return *m_people; }
    const RequestStore &store() { return m_fixture->requests(); }

    // A "New PC" request with its answers and a quote attached.
    qint64 submitPc(qint64 personId, const QString &justification);
    qint64 submitReset(qint64 personId);
    // Weeks of requests told with real names and dates up to now, for the
    // screenshots; storyRequest is Lea's request with a conversation.
    bool tellAStory();
    qint64 storyRequest = 0;

    qint64 marc = 0;
    qint64 lea = 0;
    qint64 sam = 0;
    qint64 ana = 0;
    qint64 pc = 0;
    qint64 reset = 0;
    static const QByteArray quote;

    static void click(QWidget *widget);
    static void clickRow(QAbstractItemView *view, int row, int column = 0);
    static bool chooseTab(QTabWidget *tabs, const QString &titleStart);
    // The English plurals of the build, when they were compiled.
    static std::unique_ptr<QTranslator> installEnglish();
    static bool shoot(QWidget *widget, const QString &path);

private:
    bool rename(qint64 personId, const QString &name);
    qint64 submitPc(qint64 personId, const QString &model, const QString &justification);

    std::unique_ptr<RequestFixture> m_fixture;
    std::unique_ptr<RequestActors> m_actors;
    std::unique_ptr<PeopleStore> m_people;
    bool m_ok = false;
};
