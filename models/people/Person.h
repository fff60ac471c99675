#pragma once

#include <QCoreApplication>
#include <QFlags>
#include <QString>
#include <QStringList>
#include <optional>

// Someone who uses KaliaOps. managerId and teamId hold 0 when unset.
class Person
{
    Q_DECLARE_TR_FUNCTIONS(Person)

public:
    enum class Role
    {
        Requester = 0x1,
        Technician = 0x2,
        Approver = 0x4,
        CatalogAdmin = 0x8,
    };
    Q_DECLARE_FLAGS(Roles, Role)

    qint64 id = 0;
    QString login;
    QString displayName;
    QString email;
    qint64 managerId = 0;
    qint64 teamId = 0;
    Roles roles = Role::Requester;
    bool active = true;
    QString language; // "en", "fr", or empty for the program's language

    bool operator==(const Person &) const = default;

    static QList<Role> allRoles();
    static QString roleKey(Role role);
    static std::optional<Role> roleFromKey(const QString &key);
    static QString roleText(Role role);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Person::Roles)
