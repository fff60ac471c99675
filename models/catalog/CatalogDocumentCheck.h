#pragma once

#include "CatalogDocument.h"
#include "CatalogProblem.h"

#include <QCoreApplication>

// The rules between the entries of a catalog file: unique keys, parents that
// exist and make no cycle, names unique among siblings and within a
// category (ignoring case, as the store does), services in known categories.
class CatalogDocumentCheck
{
    Q_DECLARE_TR_FUNCTIONS(CatalogDocumentCheck)

public:
    static void run(const CatalogDocument &document, QList<CatalogProblem> *problems);

private:
    explicit CatalogDocumentCheck(const CatalogDocument &document, QList<CatalogProblem> *problems);

    void checkCategoryKeys();
    void checkParents();
    void checkCycles();
    void checkSiblingNames();
    void checkServices();
    // The index of the category with this key, or -1.
    qsizetype categoryIndex(const QString &key) const;
    // The index of a category's parent, or -1 at the top, for unknown
    // parents and for a category that is its own parent.
    qsizetype parentIndex(qsizetype index) const;

    const CatalogDocument &m_document;
    QList<CatalogProblem> *m_problems;
    QHash<QString, qsizetype> m_categoryByKey;
};
