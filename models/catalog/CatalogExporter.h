#pragma once

#include "CatalogDocument.h"
#include "storage/Result.h"

class CatalogDirectory;
class Database;

// Turns the catalog of a database into a catalog document: categories in
// tree order (parents first; siblings by display order, then name), services
// in the order of their categories, then by display order and name, and keys
// made from the names, so that the same catalog always gives the same file.
class CatalogExporter
{
public:
    explicit CatalogExporter(const Database &database);

    // Reads the whole catalog from one consistent snapshot.
    Result<CatalogDocument> document() const;
    // The catalog file (see CatalogJson).
    Result<QByteArray> toJson() const;

    static CatalogDocument build(const QList<Category> &categories, const QList<Service> &services,
                                 const CatalogDirectory &directory);

    // "Accès & identité" → "acces-identite": lower-case ASCII letters and
    // digits, runs of anything else as one '-'; fallback when nothing is left.
    static QString slug(const QString &name, const QString &fallback);

private:
    const Database &m_database;
};
