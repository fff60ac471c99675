#pragma once

#include "Person.h"
#include "storage/Result.h"

#include <QCoreApplication>

class Database;

// Whom the program acts for when it starts in single-seat mode: the person
// signed in last time, while they exist and are active; else the person
// whose login is the operating-system user's; else, on a first start, a new
// administrator made from the operating-system user, with every role, so
// that someone can set the program up.
class SessionStart
{
    Q_DECLARE_TR_FUNCTIONS(SessionStart)

public:
    static Result<Person> choose(const Database &database, qint64 rememberedId,
                                 const QString &systemLogin, const QString &systemName);

    // The operating-system user's login ("lea"), never empty.
    static QString systemLogin();

private:
    static Result<Person> createAdministrator(const Database &database, const QString &login,
                                              const QString &name);
};
