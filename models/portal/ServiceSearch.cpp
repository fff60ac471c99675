#include "ServiceSearch.h"

#include "Logging.h"
#include "ServiceSummary.h"
#include "catalog/CatalogStore.h"
#include "catalog/TextFolding.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Ranks of one word's best match; lower is better.
enum Rank
{
    NameStart,
    NameWordStart,
    NameInside,
    InKeywords,
    InCategories,
    InDescription,
    NoMatch,
};

// Where the word starts the name, starts one of its words, or lies inside.
Rank nameRank(const QString &name, const QString &word)
{
    qsizetype at = name.indexOf(word);
    if (at < 0)
        return NoMatch;
    if (at == 0)
        return NameStart;
    for (; at >= 0; at = name.indexOf(word, at + 1)) {
        if (!name.at(at - 1).isLetterOrNumber())
            return NameWordStart;
    }
    return NameInside;
}

} // namespace

ServiceSearch::ServiceSearch(QObject *parent)
    : QObject(parent)
{}

ServiceSearch::ServiceSearch(const CatalogStore &store, QObject *parent)
    : QObject(parent)
{
    connect(&store, &CatalogStore::catalogChanged, this, [this, &store] { reload(store); });
    reload(store);
}

void ServiceSearch::reload(const CatalogStore &store)
{
    const auto categories = store.categories();
    const auto services = categories ? store.services() : Result<QList<Service>>({});
    m_errorText = !categories ? categories.error() : services.error();
    if (!m_errorText.isEmpty()) {
        qCWarning(lcCatalog).noquote() << "cannot index the catalog for the portal:" << m_errorText;
        setCatalog({}, {});
        return;
    }
    setCatalog(*categories, *services);
}

void ServiceSearch::setCatalog(const QList<Category> &categories, const QList<Service> &services)
{
    m_categories.clear();
    m_childCategories.clear();
    for (const Category &category : categories) {
        m_categories.insert(category.id, category);
        m_childCategories[category.parentId].append(category.id);
    }

    m_entries.clear();
    m_entryById.clear();
    m_entries.reserve(services.size());
    for (const Service &service : services) {
        if (!service.active || !m_categories.contains(service.categoryId))
            continue;
        m_entryById.insert(service.id, qsizetype(m_entries.size()));
        m_entries.push_back({service, TextFolding::fold(service.name),
                             TextFolding::fold(service.keywords.join(u'\n')),
                             TextFolding::fold(categoryPath(service.categoryId)),
                             TextFolding::fold(ServiceSummary::plainText(service.description))});
    }
    emit catalogReloaded();
}

QString ServiceSearch::categoryPath(qint64 categoryId) const
{
    QStringList names;
    // The bound guards against a cycle, which the store refuses anyway.
    for (qsizetype step = 0; categoryId != 0 && step <= m_categories.size(); ++step) {
        const auto found = m_categories.constFind(categoryId);
        if (found == m_categories.cend())
            break;
        names << found->name;
        categoryId = found->parentId;
    }
    return names.join(u'\n');
}

int ServiceSearch::rankOf(const Entry &entry, const QString &word) const
{
    if (const Rank rank = nameRank(entry.name, word); rank != NoMatch)
        return rank;
    if (entry.keywords.contains(word))
        return InKeywords;
    if (entry.categories.contains(word))
        return InCategories;
    if (entry.description.contains(word))
        return InDescription;
    return NoMatch;
}

QList<qint64> ServiceSearch::find(const QString &text) const
{
    QStringList words = TextFolding::fold(text).split(u' ', Qt::SkipEmptyParts);
    words.removeDuplicates();
    if (words.isEmpty())
        return {};

    struct Hit
    {
        int score;
        const Entry *entry;
    };
    std::vector<Hit> hits;
    for (const Entry &entry : m_entries) {
        int score = 0;
        for (const QString &word : std::as_const(words)) {
            const int rank = rankOf(entry, word);
            if (rank == NoMatch) {
                score = -1;
                break;
            }
            score += rank;
        }
        if (score >= 0)
            hits.push_back({score, &entry});
    }

    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        if (a.score != b.score)
            return a.score < b.score;
        if (const int byName = a.entry->name.compare(b.entry->name); byName != 0)
            return byName < 0;
        return a.entry->service.id < b.entry->service.id;
    });
    QList<qint64> ids;
    ids.reserve(qsizetype(hits.size()));
    for (const Hit &hit : hits)
        ids << hit.entry->service.id;
    return ids;
}

QList<qint64> ServiceSearch::inCategory(qint64 categoryId) const
{
    if (!m_categories.contains(categoryId))
        return {};
    // The category first, then each sub-category in turn, depth first.
    QList<qint64> order;
    QList<qint64> pending = {categoryId};
    while (!pending.isEmpty() && order.size() <= m_categories.size()) {
        const qint64 next = pending.takeFirst();
        order << next;
        pending = m_childCategories.value(next) + pending;
    }

    QHash<qint64, QList<qint64>> servicesOf;
    for (const Entry &entry : m_entries)
        servicesOf[entry.service.categoryId].append(entry.service.id);
    QList<qint64> ids;
    for (const qint64 id : std::as_const(order))
        ids << servicesOf.value(id);
    return ids;
}

const Service *ServiceSearch::service(qint64 id) const
{
    const auto found = m_entryById.constFind(id);
    return found == m_entryById.cend() ? nullptr : &m_entries.at(*found).service;
}

const Category *ServiceSearch::category(qint64 id) const
{
    const auto found = m_categories.constFind(id);
    return found == m_categories.cend() ? nullptr : &*found;
}
