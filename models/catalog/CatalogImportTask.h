#pragma once

#include "CatalogImportPlan.h"
#include "people/Session.h"
#include "storage/DatabaseUrl.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <optional>

// Plans the import of a catalog file away from the window's thread: reads the
// file and plans it over a connection of its own to the same database, since
// a connection belongs to the thread that opened it.
class CatalogImportTask
{
    Q_DECLARE_TR_FUNCTIONS(CatalogImportTask)

public:
    // A file that cannot be read is a plan with that problem; a failure means
    // the database could not be read.
    static Result<CatalogImportPlan> plan(const DatabaseUrl &url, const QString &fileName,
                                          bool replace);
    // Applies a plan over a connection of its own, recording the changes as
    // made by the session's person (none: "system").
    static Status apply(const DatabaseUrl &url, const CatalogImportPlan &plan,
                        const std::optional<Session> &session);
};
