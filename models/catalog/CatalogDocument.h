#pragma once

#include "Category.h"
#include "Service.h"

#include <QList>
#include <QString>

// The content of a catalog file, independent of any database: categories
// and services refer to each other by file-local keys, and to directory data
// (people, teams, SLA policies) by login or name. Entries keep the order of
// the file, so an entry's index is its place ("categories[3]").
struct CatalogDocument
{
    struct CategoryEntry
    {
        QString key;
        QString parentKey; // empty: a top-level category
        Category category; // id and parentId unused

        bool operator==(const CategoryEntry &) const = default;
    };

    struct ServiceEntry
    {
        QString key;
        QString categoryKey;
        Service service;            // id, categoryId and the reference ids unused
        QString designatedApprover; // a login, or empty
        QString fulfilmentTeam;     // a team name, or empty
        QString slaPolicy;          // an SLA policy name, or empty

        bool operator==(const ServiceEntry &) const = default;
    };

    QList<CategoryEntry> categories;
    QList<ServiceEntry> services;

    bool operator==(const CatalogDocument &) const = default;
};
