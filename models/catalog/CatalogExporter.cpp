#include "CatalogExporter.h"

#include "CatalogDirectory.h"
#include "CatalogJson.h"
#include "CategoryTable.h"
#include "ServiceTable.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

// Letters that NFKD leaves whole but that have a usual ASCII spelling.
const QHash<QChar, QString> asciiSpellings = {{QChar(0x00DF), u"ss"_s}, {QChar(0x00E6), u"ae"_s},
                                              {QChar(0x0153), u"oe"_s}, {QChar(0x00F8), u"o"_s},
                                              {QChar(0x0111), u"d"_s},  {QChar(0x0142), u"l"_s},
                                              {QChar(0x00FE), u"th"_s}};

// Display order, then name (case first ignored, then not), then id: a total
// order, so that the file never depends on the database's collation.
template <typename Item> bool comesBefore(const Item &a, const Item &b)
{
    if (a.displayOrder != b.displayOrder)
        return a.displayOrder < b.displayOrder;
    if (const int byName = a.name.compare(b.name, Qt::CaseInsensitive); byName != 0)
        return byName < 0;
    if (const int byCase = a.name.compare(b.name, Qt::CaseSensitive); byCase != 0)
        return byCase < 0;
    return a.id < b.id;
}

QString uniqueKey(const QString &base, QSet<QString> *used)
{
    QString key = base;
    for (int suffix = 2; used->contains(key); ++suffix)
        key = base + u'-' + QString::number(suffix);
    used->insert(key);
    return key;
}

QString childKey(const QString &parentKey, const QString &slug)
{
    return parentKey.isEmpty() ? slug : parentKey + u'/' + slug;
}

} // namespace

CatalogExporter::CatalogExporter(const Database &database)
    : m_database(database)
{}

Result<CatalogDocument> CatalogExporter::document() const
{
    return Transaction::run<CatalogDocument>(m_database, [&]() -> Result<CatalogDocument> {
        using R = Result<CatalogDocument>;
        // Every read below sees the same moment, even while others write.
        if (m_database.isPostgres()) {
            QSqlQuery q = m_database.query();
            if (!q.exec(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"_s))
                return R::failure(Database::errorText(q.lastError()));
        }
        const auto categories = CategoryTable(m_database).all();
        if (!categories)
            return R::failure(categories.error());
        const auto services = ServiceTable(m_database).all();
        if (!services)
            return R::failure(services.error());
        const auto directory = CatalogDirectory::load(m_database);
        if (!directory)
            return R::failure(directory.error());
        return build(*categories, *services, *directory);
    });
}

Result<QByteArray> CatalogExporter::toJson() const
{
    const auto exported = document();
    if (!exported)
        return Result<QByteArray>::failure(exported.error());
    return CatalogJson::write(*exported);
}

CatalogDocument CatalogExporter::build(const QList<Category> &categories,
                                       const QList<Service> &services,
                                       const CatalogDirectory &directory)
{
    QHash<qint64, QList<Category>> children;
    for (const Category &category : categories)
        children[category.parentId].append(category);
    for (auto &siblings : children)
        std::sort(siblings.begin(), siblings.end(), comesBefore<Category>);

    CatalogDocument document;
    QSet<QString> usedKeys;
    QHash<qint64, QString> keyOf;
    QHash<qint64, qsizetype> treePosition;
    const std::function<void(qint64, const QString &)> visit = [&](qint64 parentId,
                                                                   const QString &parentKey) {
        for (const Category &category : children.value(parentId)) {
            if (keyOf.contains(category.id))
                continue; // a damaged tree must not loop forever
            const QString key =
                uniqueKey(childKey(parentKey, slug(category.name, u"category"_s)), &usedKeys);
            keyOf.insert(category.id, key);
            treePosition.insert(category.id, treePosition.size());
            CatalogDocument::CategoryEntry entry{key, parentKey, category};
            entry.category.id = 0;
            entry.category.parentId = 0;
            document.categories.append(entry);
            visit(category.id, key);
        }
    };
    visit(0, {});

    QList<Service> ordered;
    for (const Service &service : services) {
        if (treePosition.contains(service.categoryId))
            ordered.append(service);
    }
    std::sort(ordered.begin(), ordered.end(), [&](const Service &a, const Service &b) {
        const qsizetype positionA = treePosition.value(a.categoryId);
        const qsizetype positionB = treePosition.value(b.categoryId);
        return positionA != positionB ? positionA < positionB : comesBefore(a, b);
    });

    usedKeys.clear();
    for (const Service &service : ordered) {
        const QString categoryKey = keyOf.value(service.categoryId);
        CatalogDocument::ServiceEntry entry;
        entry.key = uniqueKey(childKey(categoryKey, slug(service.name, u"service"_s)), &usedKeys);
        entry.categoryKey = categoryKey;
        entry.designatedApprover = directory.login(service.designatedApproverId);
        entry.fulfilmentTeam = directory.teamName(service.fulfilmentTeamId);
        entry.slaPolicy = directory.slaPolicyName(service.slaPolicyId);
        entry.service = service;
        entry.service.id = 0;
        entry.service.categoryId = 0;
        entry.service.designatedApproverId = 0;
        entry.service.fulfilmentTeamId = 0;
        entry.service.slaPolicyId = 0;
        entry.service.formVersion = 1;
        document.services.append(entry);
    }
    return document;
}

QString CatalogExporter::slug(const QString &name, const QString &fallback)
{
    QString slug;
    bool gap = false;
    for (const QChar c : name.toLower().normalized(QString::NormalizationForm_KD)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accents NFKD split from their letters
        const QString ascii =
            c.unicode() < 0x80 && c.isLetterOrNumber() ? QString(c) : asciiSpellings.value(c);
        if (ascii.isEmpty()) {
            gap = true;
            continue;
        }
        if (gap && !slug.isEmpty())
            slug += u'-';
        gap = false;
        slug += ascii;
    }
    return slug.isEmpty() ? fallback : slug;
}
