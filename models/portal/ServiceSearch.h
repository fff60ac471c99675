#pragma once

#include "catalog/Category.h"
#include "catalog/Service.h"

#include <QHash>
#include <QObject>
#include <vector>

class CatalogStore;

// The requester's view of the catalog: its active services only, with a
// search index folded once (lower case, accents dropped), so that a search
// on every keystroke stays quick over tens of thousands of services.
//
// A search finds the services holding every word of the text in their name,
// keywords, category names (their own category's and those above it) or
// description, wherever in a word. They come best first: for each word, a
// name starting with it, then a name with a word starting with it, then a
// name containing it, then keywords, category names and description; the
// ranks of the words add up, and ties go by name.
class ServiceSearch : public QObject
{
    Q_OBJECT

public:
    explicit ServiceSearch(QObject *parent = nullptr);
    // Reads the store's catalog now and again whenever it changes.
    explicit ServiceSearch(const CatalogStore &store, QObject *parent = nullptr);

    // Indexes the active services of the catalog; inactive ones are left out.
    void setCatalog(const QList<Category> &categories, const QList<Service> &services);
    // Why the store's catalog could not be read, or empty.
    QString errorText() const { return m_errorText; }

    // Ids of the matching services, best first; nothing for a blank text.
    QList<qint64> find(const QString &text) const;
    // Ids of the active services of the category and of every category
    // below it, in the order of the tree.
    QList<qint64> inCategory(qint64 categoryId) const;

    qsizetype serviceCount() const { return qsizetype(m_entries.size()); }
    qsizetype categoryCount() const { return m_categories.size(); }
    // nullptr when the id is not an active service (or not a category).
    const Service *service(qint64 id) const;
    const Category *category(qint64 id) const;

signals:
    // The index holds a new catalog: ids and pointers given before may be gone.
    void catalogReloaded();

private:
    struct Entry
    {
        Service service;
        QString name;        // folded, also the key for ties
        QString keywords;    // folded, one per line
        QString categories;  // folded names from the category up, one per line
        QString description; // folded plain text
    };

    void reload(const CatalogStore &store);
    int rankOf(const Entry &entry, const QString &word) const;
    QString categoryPath(qint64 categoryId) const;

    std::vector<Entry> m_entries; // in the store's order
    QHash<qint64, qsizetype> m_entryById;
    QHash<qint64, Category> m_categories;
    QHash<qint64, QList<qint64>> m_childCategories; // in the store's order
    QString m_errorText;
};
