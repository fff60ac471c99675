#pragma once

#include "catalog/Category.h"
#include "catalog/Service.h"

#include <QStackedWidget>

class CatalogStore;
class DetailPage;
class EmptyState;
class PeopleStore;

// The read-only page beside the catalog tree: everything worth knowing about
// the selected category or service, or a hint when nothing is selected.
class CatalogDetailPanel : public QStackedWidget
{
    Q_OBJECT

public:
    CatalogDetailPanel(const CatalogStore &catalog, const PeopleStore &people,
                       QWidget *parent = nullptr);

    void showNothing();
    void showCategory(qint64 id);
    void showService(qint64 id);

private:
    void showMessage(const QString &title, const QString &detail);
    void addCategoryFields(const Category &category, const QList<Category> &categories,
                           const QList<Service> &services);
    void addServiceFields(const Service &service);
    void addApprovalFields(const Service &service);
    QString personName(qint64 id) const;
    QString teamName(qint64 id) const;
    QString slaPolicyName(qint64 id) const;

    const CatalogStore &m_catalog;
    const PeopleStore &m_people;
    EmptyState *m_emptyState = nullptr;
    DetailPage *m_page = nullptr;
};
