#pragma once

#include "CatalogDocument.h"
#include "CatalogProblem.h"

#include <QCoreApplication>

class CatalogMemberReader;

// Reads one category or service of a catalog file: each member's type and
// value, every problem reported with its place ("categories[3].parent").
// Rules between entries (keys, parents, names) are CatalogDocumentCheck's.
class CatalogEntryReader
{
    Q_DECLARE_TR_FUNCTIONS(CatalogEntryReader)

public:
    static CatalogDocument::CategoryEntry
    readCategory(const QJsonValue &value, const QString &place, QList<CatalogProblem> *problems);
    static CatalogDocument::ServiceEntry readService(const QJsonValue &value, const QString &place,
                                                     QList<CatalogProblem> *problems);

private:
    static QStringList keywords(CatalogMemberReader &reader);
    static QJsonObject form(CatalogMemberReader &reader);
    static void readApproval(CatalogMemberReader &reader, Service &service,
                             const QString &designatedApprover);
    static void readDelay(CatalogMemberReader &reader, Service &service);
};
