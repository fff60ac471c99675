#pragma once

#include "CatalogChange.h"
#include "storage/Result.h"

class Database;
class Session;

// SQL over the catalog_changes table. The catalog tables record each change
// here inside their caller's transaction, so a refused change leaves no
// trace and every accepted one has exactly one row.
class CatalogHistory
{
public:
    // No session (or nobody signed in) records the change as the system's.
    CatalogHistory(const Database &database, const Session *session);

    Status record(CatalogChange::Kind kind, qint64 itemId, CatalogChange::Action action,
                  const QJsonObject &changes) const;
    // The id a new item gets: 0 on PostgreSQL, where the identity sequence
    // never gives an id twice; on SQLite, one past every id the table or its
    // history has seen, since SQLite reuses the highest id once deleted and
    // an undone delete must find its id free.
    Result<qint64> unusedId(CatalogChange::Kind kind) const;
    // The changes of one item, oldest first.
    Result<QList<CatalogChange>> forItem(CatalogChange::Kind kind, qint64 itemId) const;

private:
    const Database &m_database;
    const Session *m_session;
};
