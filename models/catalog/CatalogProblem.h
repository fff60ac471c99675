#pragma once

#include <QString>

// Something wrong with a catalog file or its import, and where: a place in
// the file ("services[12].name", "line 14, column 3") or in the catalog
// ("Hardware / Laptops").
struct CatalogProblem
{
    QString place;
    QString message;

    // "place: message", as the command line and the import preview show it.
    QString text() const
    {
        return place.isEmpty() ? message : place + QStringLiteral(": ") + message;
    }

    bool operator==(const CatalogProblem &) const = default;
};
