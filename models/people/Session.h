#pragma once

#include "Person.h"

#include <QString>

// Who is signed in: the person the program acts for, whose name goes into
// the history of what they change. A default Session is nobody.
class Session
{
public:
    Session() = default;
    explicit Session(const Person &person);

    qint64 personId() const { return m_personId; }
    const QString &login() const { return m_login; }
    const QString &displayName() const { return m_displayName; }
    Person::Roles roles() const { return m_roles; }

    bool isSignedIn() const { return m_personId > 0; }
    bool hasRole(Person::Role role) const { return m_roles.testFlag(role); }
    // The name kept in histories: the display name, else the login.
    QString actorName() const;

private:
    qint64 m_personId = 0;
    QString m_login;
    QString m_displayName;
    Person::Roles m_roles;
};
