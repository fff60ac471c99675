#pragma once

#include "TestDatabase.h"
#include "catalog/CatalogStore.h"
#include "people/PeopleStore.h"
#include "people/Session.h"
#include "portal/PortalView.h"
#include "requests/RequestStore.h"
#include "storage/Database.h"

#include <QLabel>
#include <memory>

class FormRenderer;
class QListView;
class QTreeView;

// The demo catalog and people in one language, and the portal opened for
// Camille Petit (a requester whose manager is Marc Dubois) as the program
// opens it; with the gestures of a person using it. For the portal's tests.
class PortalFixture
{
public:
    // Check ok() after construction.
    explicit PortalFixture(const QString &language);

    bool ok() const { return session.isSignedIn(); }
    const Database &database() const { return *m_database; }

    // A new view at 1200×800, shown and active, for the session or another.
    void open() { open(&session); }
    void open(const Session *as);

    template <typename T> T *child(const QString &name) const
    {
        auto *found = view->findChild<T *>(name);
        if (!found)
            qWarning("no %s", qPrintable(name));
        return found;
    }
    QString text(const QString &labelName) const;
    QListView *cards() const;
    QStringList cardNames() const;
    qint64 serviceId(const QString &name) const;
    // The single number an SQL query returns, -1 on failure.
    qint64 count(const QString &sql) const;

    // Clicks the tree's row or the card with this name; false when absent.
    static bool clickRow(QTreeView *tree, const QString &name);
    static bool clickCard(QListView *cards, const QString &name);
    // editor_<key> in the form; nullptr when there is none.
    static QWidget *editor(FormRenderer *form, const QString &key);
    // Clicks the radio button or check box with this text, on its round.
    static void clickButton(FormRenderer *form, const QString &key, const QString &text);
    // Opens the list with a click, walks to the item with the arrows, takes it.
    static void choose(FormRenderer *form, const QString &key, const QString &text);
    static void type(FormRenderer *form, const QString &key, const QString &text);

    std::unique_ptr<CatalogStore> catalog;
    std::unique_ptr<PeopleStore> people;
    std::unique_ptr<RequestStore> requests;
    Session session;
    std::unique_ptr<PortalView> view;

private:
    TestDatabase m_test;
    std::unique_ptr<Database> m_database;
};
