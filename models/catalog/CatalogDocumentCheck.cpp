#include "CatalogDocumentCheck.h"

#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString categoryPlace(qsizetype index)
{
    return u"categories[%1]"_s.arg(index);
}

QString servicePlace(qsizetype index)
{
    return u"services[%1]"_s.arg(index);
}

// Names compare as the store compares them: trimmed, ignoring case.
QString nameKey(const QString &scope, const QString &name)
{
    return scope + u'\n' + name.trimmed().toCaseFolded();
}

} // namespace

CatalogDocumentCheck::CatalogDocumentCheck(const CatalogDocument &document,
                                           QList<CatalogProblem> *problems)
    : m_document(document)
    , m_problems(problems)
{}

void CatalogDocumentCheck::run(const CatalogDocument &document, QList<CatalogProblem> *problems)
{
    CatalogDocumentCheck check(document, problems);
    check.checkCategoryKeys();
    check.checkParents();
    check.checkCycles();
    check.checkSiblingNames();
    check.checkServices();
}

qsizetype CatalogDocumentCheck::categoryIndex(const QString &key) const
{
    return m_categoryByKey.value(key, -1);
}

qsizetype CatalogDocumentCheck::parentIndex(qsizetype index) const
{
    const QString &parentKey = m_document.categories.at(index).parentKey;
    const qsizetype parent = parentKey.isEmpty() ? -1 : categoryIndex(parentKey);
    return parent == index ? -1 : parent;
}

void CatalogDocumentCheck::checkCategoryKeys()
{
    for (qsizetype i = 0; i < m_document.categories.size(); ++i) {
        const QString &key = m_document.categories.at(i).key;
        if (key.isEmpty())
            continue;
        if (const qsizetype first = categoryIndex(key); first >= 0) {
            m_problems->append(
                {categoryPlace(i) + u".key"_s,
                 tr("The key \"%1\" is already used by %2.").arg(key, categoryPlace(first))});
            continue;
        }
        m_categoryByKey.insert(key, i);
    }
}

void CatalogDocumentCheck::checkParents()
{
    for (qsizetype i = 0; i < m_document.categories.size(); ++i) {
        const auto &entry = m_document.categories.at(i);
        if (entry.parentKey.isEmpty())
            continue;
        const QString place = categoryPlace(i) + u".parent"_s;
        if (entry.parentKey == entry.key)
            m_problems->append({place, tr("A category cannot be its own parent.")});
        else if (categoryIndex(entry.parentKey) < 0)
            m_problems->append(
                {place, tr("There is no category with the key \"%1\".").arg(entry.parentKey)});
    }
}

// Walks up from each category; a walk that comes back to where it started
// is a cycle, reported once, at its first entry in the file.
void CatalogDocumentCheck::checkCycles()
{
    const qsizetype count = m_document.categories.size();
    for (qsizetype i = 0; i < count; ++i) {
        QList<qsizetype> chain = {i};
        qsizetype current = parentIndex(i);
        while (current >= 0 && current != i && !chain.contains(current)) {
            chain.append(current);
            current = parentIndex(current);
        }
        if (current != i || *std::min_element(chain.begin(), chain.end()) != i)
            continue;

        QStringList keys;
        for (qsizetype member : chain)
            keys.append(u"\"%1\""_s.arg(m_document.categories.at(member).key));
        keys.append(keys.first());
        m_problems->append({categoryPlace(i) + u".parent"_s,
                            tr("Going up from parent to parent leads back here, which "
                               "makes a cycle: %1.")
                                .arg(keys.join(u" → "_s))});
    }
}

void CatalogDocumentCheck::checkSiblingNames()
{
    QHash<QString, qsizetype> firstWithName;
    for (qsizetype i = 0; i < m_document.categories.size(); ++i) {
        const auto &entry = m_document.categories.at(i);
        if (entry.category.name.isEmpty())
            continue;
        const QString scope = nameKey(entry.parentKey, entry.category.name);
        const qsizetype first = firstWithName.value(scope, -1);
        if (first < 0) {
            firstWithName.insert(scope, i);
            continue;
        }
        const QString message =
            entry.parentKey.isEmpty()
                ? tr("Another top-level category is already named \"%1\" (%2).")
                      .arg(m_document.categories.at(first).category.name, categoryPlace(first))
                : tr("Another category under \"%1\" is already named \"%2\" (%3).")
                      .arg(entry.parentKey, m_document.categories.at(first).category.name,
                           categoryPlace(first));
        m_problems->append({categoryPlace(i) + u".name"_s, message});
    }
}

void CatalogDocumentCheck::checkServices()
{
    QHash<QString, qsizetype> firstWithKey;
    QHash<QString, qsizetype> firstWithName;
    for (qsizetype i = 0; i < m_document.services.size(); ++i) {
        const auto &entry = m_document.services.at(i);
        const QString place = servicePlace(i);
        if (!entry.key.isEmpty() && firstWithKey.contains(entry.key))
            m_problems->append({place + u".key"_s,
                                tr("The key \"%1\" is already used by %2.")
                                    .arg(entry.key, servicePlace(firstWithKey.value(entry.key)))});
        else if (!entry.key.isEmpty())
            firstWithKey.insert(entry.key, i);

        if (entry.categoryKey.isEmpty())
            continue;
        if (categoryIndex(entry.categoryKey) < 0)
            m_problems->append(
                {place + u".category"_s,
                 tr("There is no category with the key \"%1\".").arg(entry.categoryKey)});

        if (entry.service.name.isEmpty())
            continue;
        const QString scope = nameKey(entry.categoryKey, entry.service.name);
        if (const qsizetype first = firstWithName.value(scope, -1); first >= 0)
            m_problems->append(
                {place + u".name"_s,
                 tr("Another service of the category \"%1\" is already named "
                    "\"%2\" (%3).")
                     .arg(entry.categoryKey, m_document.services.at(first).service.name,
                          servicePlace(first))});
        else
            firstWithName.insert(scope, i);
    }
}
