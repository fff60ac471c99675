#pragma once

#include "FormSchema.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QStringList>

class Database;

// Reads the published versions of services' forms (form_versions). The
// catalog's ServiceTable writes them; requests read the one they were
// filled against, so an old request keeps its labels and choices after the
// form changes.
class FormVersionTable
{
    Q_DECLARE_TR_FUNCTIONS(FormVersionTable)

public:
    explicit FormVersionTable(const Database &database);

    // The form of one published version; a failure when it does not exist
    // or no longer parses.
    Result<FormSchema> schema(qint64 serviceId, int version) const;
    // Every key any version of the service's form has used, sorted: a new
    // field must not take one of them for another meaning.
    Result<QStringList> keysEverUsed(qint64 serviceId) const;

private:
    const Database &m_database;
};
