#pragma once

#include "CatalogDirectory.h"
#include "CatalogImportPlan.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

// Works out a CatalogImportPlan from a checked document and the catalog as it
// is now. Items match by their path of names, ignoring case as the store
// does: a category by the names from the top, a service by its name within
// its category. Matched items are changed where they differ, others added;
// with replace, what the file does not hold is removed.
class CatalogImportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(CatalogImportPlanner)

public:
    struct Current
    {
        QList<Category> categories;
        QList<Service> services;
        CatalogDirectory directory;
        QSet<qint64> servicesWithRequests; // these cannot be removed
    };

    static CatalogImportPlan make(const CatalogDocument &document, bool replace,
                                  const Current &current);

    static QStringList categoryDifferences(const Category &before, const Category &after);
    static QStringList serviceDifferences(const Service &before, const Service &after);

private:
    CatalogImportPlanner(const CatalogDocument &document, const Current &current,
                         CatalogImportPlan *plan);

    QList<qsizetype> parentFirstOrder() const;
    void planCategories();
    void planServices();
    void resolveReferences(qsizetype index, Service *service);
    void planRemovals();
    QStringList currentPath(qint64 categoryId) const;

    const CatalogDocument &m_document;
    const Current &m_current;
    CatalogImportPlan *m_plan;
    QHash<qint64, Category> m_categoryById;
    QHash<QString, qint64> m_idOfKey;        // file key → matched row, 0 when new
    QHash<QString, QStringList> m_pathOfKey; // file key → names from the top
    QSet<qint64> m_matchedCategories;
    QSet<qint64> m_matchedServices;
};
