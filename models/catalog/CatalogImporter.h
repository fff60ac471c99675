#pragma once

#include "CatalogImportPlan.h"
#include "storage/Result.h"

#include <QCoreApplication>

class CatalogStore;
class CategoryTable;
class ServiceTable;

// Imports a catalog file in two steps: plan() checks the whole file against
// the database and says what would change, without writing; apply() writes
// the plan in one transaction, after checking inside it that the catalog
// still gives the same plan. Any failure leaves the database as it was.
class CatalogImporter
{
    Q_DECLARE_TR_FUNCTIONS(CatalogImporter)

public:
    explicit CatalogImporter(CatalogStore &store);

    // The plan for a file: its problems when it cannot be read or checked.
    // A failed result means the database could not be read.
    Result<CatalogImportPlan> plan(const QByteArray &json, bool replace) const;
    Result<CatalogImportPlan> plan(const CatalogDocument &document, bool replace) const;

    // Carries out a plan without problems; refuses one the catalog no longer
    // matches (someone changed it since), so the preview never lies.
    Status apply(const CatalogImportPlan &plan);

private:
    Status execute(const CatalogImportPlan &plan, const CategoryTable &categories,
                   const ServiceTable &services) const;
    Status removeAll(const CatalogImportPlan &plan, const CategoryTable &categories,
                     const ServiceTable &services) const;

    CatalogStore &m_store;
};
