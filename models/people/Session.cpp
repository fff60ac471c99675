#include "Session.h"

Session::Session(const Person &person)
    : m_personId(person.id)
    , m_login(person.login)
    , m_displayName(person.displayName)
    , m_roles(person.roles)
{}

QString Session::actorName() const
{
    return m_displayName.isEmpty() ? m_login : m_displayName;
}
