#pragma once

#include "CatalogChange.h"
#include "CatalogDirectory.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QHash>

class CatalogStore;

// A recorded catalog change in words: "Name: VPN → VPN access", with the
// members' labels translated and references shown by name.
class CatalogChangeText
{
    Q_DECLARE_TR_FUNCTIONS(CatalogChangeText)

public:
    // The names of what history rows refer to by id, read from the store.
    static Result<CatalogChangeText> load(const CatalogStore &store);

    void addCategory(qint64 id, const QString &name) { m_categories.insert(id, name); }
    CatalogDirectory &directory() { return m_directory; }

    static QString actionText(CatalogChange::Action action);
    static QString memberLabel(const QString &member);
    QString valueText(const QString &member, const QJsonValue &value) const;
    // One line per changed member, or the item's name and place for a
    // creation, deletion or restore.
    QStringList lines(const CatalogChange &change) const;

private:
    QString referenceText(const QString &member, qint64 id) const;

    QHash<qint64, QString> m_categories;
    CatalogDirectory m_directory;
};
