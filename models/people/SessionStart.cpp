#include "SessionStart.h"

#include "Logging.h"
#include "PeopleStore.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString SessionStart::systemLogin()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString login = qEnvironmentVariable(variable).trimmed();
        if (!login.isEmpty())
            return login.toLower();
    }
    return u"admin"_s;
}

Result<Person> SessionStart::choose(const Database &database, qint64 rememberedId,
                                    const QString &systemLogin, const QString &systemName)
{
    const PeopleStore people(database);
    if (rememberedId > 0) {
        const auto remembered = people.person(rememberedId);
        if (remembered && remembered->active)
            return remembered;
    }
    const auto sameLogin = people.peopleWithLogin(systemLogin);
    if (!sameLogin)
        return Result<Person>::failure(sameLogin.error());
    if (!sameLogin->isEmpty() && sameLogin->constFirst().active)
        return sameLogin->constFirst();
    return createAdministrator(database, systemLogin, systemName);
}

Result<Person> SessionStart::createAdministrator(const Database &database, const QString &login,
                                                 const QString &name)
{
    Person person;
    person.login = login;
    person.displayName = name.trimmed().isEmpty() ? login : name.trimmed();
    for (const Person::Role role : Person::allRoles())
        person.roles |= role;
    PeopleStore people(database);
    const auto id = people.createPerson(person);
    if (!id)
        return Result<Person>::failure(
            tr("No one could be signed in: the administrator \"%1\" could not be created: %2")
                .arg(login, id.error()));
    person.id = *id;
    qCInfo(lcPeople).noquote() << "first start: created the administrator" << login;
    return person;
}
