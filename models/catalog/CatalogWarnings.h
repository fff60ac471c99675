#pragma once

#include "Category.h"
#include "Service.h"
#include "people/Person.h"
#include "people/Team.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

// Where the catalog can go wrong before anyone notices: a service whose
// approver rule finds nobody for some requesters, a category that offers no
// active service. Computed from a snapshot of the catalog and the people, so
// that the editor can mark every item of a large tree at once.
class CatalogWarnings
{
    Q_DECLARE_TR_FUNCTIONS(CatalogWarnings)

public:
    CatalogWarnings(const QList<Category> &categories, const QList<Service> &services,
                    const QList<Person> &people, const QList<Team> &teams);

    // How many active requesters the service's approver rule finds nobody
    // for (all of them when a designated rule has nobody designated).
    int requestersWithoutApprover(const Service &service) const;

    // The warning to show, or empty when all is well.
    QString serviceWarning(const Service &service) const;
    QString categoryWarning(qint64 categoryId) const;

private:
    void countActiveServices(const QList<Category> &categories, const QList<Service> &services);

    int m_requesters = 0;
    int m_withoutManager = 0;
    int m_withoutTeamLead = 0;
    QHash<qint64, int> m_activeServicesInTree;
};
