#include "Person.h"

using namespace Qt::StringLiterals;

QList<Person::Role> Person::allRoles()
{
    return {Role::Requester, Role::Technician, Role::Approver, Role::CatalogAdmin};
}

QString Person::roleKey(Role role)
{
    switch (role) {
    case Role::Requester:
        return u"requester"_s;
    case Role::Technician:
        return u"technician"_s;
    case Role::Approver:
        return u"approver"_s;
    case Role::CatalogAdmin:
        return u"catalog_admin"_s;
    }
    return {};
}

std::optional<Person::Role> Person::roleFromKey(const QString &key)
{
    for (Role role : allRoles()) {
        if (roleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

QString Person::roleText(Role role)
{
    switch (role) {
    case Role::Requester:
        return tr("Requester");
    case Role::Technician:
        return tr("Technician");
    case Role::Approver:
        return tr("Approver");
    case Role::CatalogAdmin:
        return tr("Catalog administrator");
    }
    return {};
}
