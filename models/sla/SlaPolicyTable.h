#pragma once

#include "SlaPolicy.h"
#include "storage/Result.h"

#include <QCoreApplication>

class Database;

// SQL over sla_policies and sla_targets, with the policies' rules: a valid
// policy, an existing calendar, a name no other policy has (whatever the
// case), and no deletion while a service links to it. Runs inside the
// caller's transaction.
class SlaPolicyTable
{
    Q_DECLARE_TR_FUNCTIONS(SlaPolicyTable)

public:
    explicit SlaPolicyTable(const Database &database);

    // Every policy with its targets, ordered by name.
    Result<QList<SlaPolicy>> all() const;
    Result<SlaPolicy> byId(qint64 id) const;

    Result<qint64> insert(const SlaPolicy &policy) const;
    Status update(const SlaPolicy &policy) const;
    Status remove(qint64 id) const;

private:
    Result<QList<SlaPolicy>> select(const QString &where, const QVariantList &values) const;
    Status readTargets(QList<SlaPolicy> &policies) const;
    Status writeTargets(const SlaPolicy &policy) const;
    Status validate(const SlaPolicy &policy) const;
    Status checkUnused(const SlaPolicy &policy) const;

    const Database &m_database;
};
