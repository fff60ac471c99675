#pragma once

#include "CatalogDocument.h"
#include "CatalogProblem.h"

#include <QByteArray>
#include <QCoreApplication>

// The catalog file: readable, stable JSON in UTF-8, written with two-space
// indentation and a fixed member order, so that the same catalog always
// gives the same bytes and files compare well in version control.
//
//   {
//     "format": "kaliaops-catalog",
//     "version": 1,
//     "categories": [ {category}, ... ],   parents before their children
//     "services": [ {service}, ... ]       in category order
//   }
//
// category: "key" (text, required, unique among categories), "parent" (the
//   parent's key, or null at the top level), "name" (required; unique among
//   siblings, ignoring case), "description", "icon", "displayOrder".
// service: "key" (text, required, unique among services), "category" (a
//   category key, required), "name" (required; unique in its category,
//   ignoring case), "description", "keywords" (list of texts without commas),
//   "icon", "displayOrder", "active", "requiresApproval", "approverRule"
//   ("manager", "team_lead" or "designated"), "designatedApprover" (a login
//   or null; required by the designated rule when approval is required),
//   "fulfilmentTeam" (a team name or null), "estimatedDelay" (null or
//   {"amount": whole number > 0, "unit": "hours" | "days"}), "slaPolicy" (a
//   policy name or null), "form" (the form schema, {"fields": [...]}, checked
//   by FormSchema; its problems are placed under "services[i].form").
//
// Keys are local to the file: export makes them from the names (lower-case
// ASCII, accents stripped, other characters turned into '-', a child's key
// prefixed by its parent's key and '/', a service's by its category's key,
// "-2", "-3"… on a collision), but an import accepts any non-blank text.
// People, teams and SLA policies are directory data, not catalog: the file
// names them, and an import refuses names the database does not know.
// Members other than key, name and category may be left out and take their
// default (empty text, 0, active, no approval, manager rule, null, an empty
// form); members the format does not define are refused, so that a typo is
// never silently ignored. A reader refuses a version it does not know.
//
// Import (CatalogImporter) checks the whole file first and writes nothing
// unless all of it is right, then writes it in one transaction. Items match
// the catalog by their path of names, ignoring case: a category by the names
// from the top, a service by its name in its category. Matched items take
// the file's values, the others are added; with --replace, what the file
// lacks is removed, except that a service with requests is never removed
// (the import is refused: keep it in the file, inactive). A service moved
// to another category is therefore a new service.
class CatalogJson
{
    Q_DECLARE_TR_FUNCTIONS(CatalogJson)

public:
    static constexpr int formatVersion = 1;
    static QString formatTag();

    // The file for a document, entries in the document's order.
    static QByteArray write(const CatalogDocument &document);

    // Reads and checks a whole file. Every problem found is appended to
    // *problems with its place; the document is usable only when none was.
    static CatalogDocument read(const QByteArray &json, QList<CatalogProblem> *problems);

private:
    static bool readTopLevel(const QJsonObject &top, QList<CatalogProblem> *problems);
};
