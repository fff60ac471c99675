#pragma once

#include "CatalogDocument.h"
#include "CatalogProblem.h"

#include <QCoreApplication>
#include <QStringList>

// What importing a catalog document would do to a database, worked out
// before anything is written: the categories and services it would add,
// change (and which members) and remove, or the problems that stop it. The
// import preview shows it; CatalogImporter::apply() carries it out.
class CatalogImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(CatalogImportPlan)

public:
    // One category or service that the import adds, changes or removes.
    struct Change
    {
        QString place;      // its entry in the file ("services[4]"); empty for a removal
        QStringList path;   // category names from the top; a service's ends with its own
        QStringList fields; // a change's members that differ, as the file names them
        qint64 id = 0;      // the row changed or removed; 0 for an addition

        QString pathText() const { return path.join(u" / "); }
        bool operator==(const Change &) const = default;
    };

    // How apply() writes one file category, parents before children.
    struct CategoryStep
    {
        qsizetype index = 0; // in document.categories
        qint64 id = 0;       // the matched row; 0 for a new category
        bool write = false;  // false when the matched row already agrees

        bool operator==(const CategoryStep &) const = default;
    };

    // How apply() writes one file service, with its references resolved.
    struct ServiceStep
    {
        qsizetype index = 0; // in document.services
        Service service;     // id: the matched row or 0; categoryId set by apply()
        bool write = false;

        bool operator==(const ServiceStep &) const = default;
    };

    QList<Change> addedCategories;
    QList<Change> changedCategories;
    QList<Change> removedCategories; // children before their parents
    QList<Change> addedServices;
    QList<Change> changedServices;
    QList<Change> removedServices;

    // Why the import cannot happen; nothing is written while there is one.
    QList<CatalogProblem> problems;

    CatalogDocument document;
    bool replace = false;
    QList<CategoryStep> categorySteps;
    QList<ServiceStep> serviceSteps;

    bool canApply() const { return problems.isEmpty(); }
    bool hasChanges() const;
    // The same additions, changes and removals, of the same rows.
    bool sameChanges(const CatalogImportPlan &other) const;
    // "Categories: 2 added, 1 changed, 0 removed." then the same for services.
    QStringList summary() const;
};
