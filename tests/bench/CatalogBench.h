#pragma once

#include <QList>
#include <QString>

class Database;

// Times what a catalog administrator waits for on a large catalog, on one
// backend, and prints one JSON line per measure:
// {"bench": "...", "backend": "...", "ms": ...}.
class CatalogBench
{
public:
    CatalogBench(const Database &database, const QString &backend);

    // False when the catalog could not be generated or read.
    bool run();

private:
    bool generate();
    bool loadStore();
    void loadTreeModel();
    void filterBrowser();
    void openEditor();
    bool exportAndPlan();
    void typeFilter(const QString &bench, class QWidget *window, const QString &editName);

    void print(const QString &bench, double ms, const QString &extra = QString()) const;
    static double median(QList<double> values);

    const Database &m_database;
    QString m_backend;
};
