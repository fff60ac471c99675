#pragma once

#include "Category.h"
#include "Service.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

// One recorded change of a category or service: who made it, when, and what
// changed. changes holds {member: [before, after]} for a change or a move,
// and the whole item for a creation, a deletion or a restore.
struct CatalogChange
{
    enum class Kind
    {
        Category,
        Service
    };
    enum class Action
    {
        Created,
        Changed,
        Moved,
        Deleted,
        Restored
    };

    qint64 id = 0;
    Kind kind = Kind::Category;
    qint64 itemId = 0;
    Action action = Action::Changed;
    qint64 actorId = 0; // 0: the system, or a person since removed
    QString actorName;
    QDateTime changedAt;
    QJsonObject changes;

    // The words stored in the database.
    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);
    static QString actionKey(Action action);
    static std::optional<Action> actionFromKey(const QString &key);

    // An item as a history row keeps it; members named as in the catalog
    // file, references by id.
    static QJsonObject itemJson(const Category &category);
    static QJsonObject itemJson(const Service &service);
    // {member: [before, after]} for the members that differ.
    static QJsonObject difference(const QJsonObject &before, const QJsonObject &after);
};
