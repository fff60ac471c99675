#include "CatalogImportPlan.h"

bool CatalogImportPlan::hasChanges() const
{
    return !addedCategories.isEmpty() || !changedCategories.isEmpty() ||
           !removedCategories.isEmpty() || !addedServices.isEmpty() || !changedServices.isEmpty() ||
           !removedServices.isEmpty();
}

bool CatalogImportPlan::sameChanges(const CatalogImportPlan &other) const
{
    return addedCategories == other.addedCategories &&
           changedCategories == other.changedCategories &&
           removedCategories == other.removedCategories && addedServices == other.addedServices &&
           changedServices == other.changedServices && removedServices == other.removedServices &&
           categorySteps == other.categorySteps && serviceSteps == other.serviceSteps;
}

QStringList CatalogImportPlan::summary() const
{
    return {tr("Categories: %1 added, %2 changed, %3 removed.")
                .arg(addedCategories.size())
                .arg(changedCategories.size())
                .arg(removedCategories.size()),
            tr("Services: %1 added, %2 changed, %3 removed.")
                .arg(addedServices.size())
                .arg(changedServices.size())
                .arg(removedServices.size())};
}
