#pragma once

#include "SlaPolicy.h"
#include "storage/Result.h"

#include <QObject>
#include <functional>

class Database;

// SLA policies as the editors, the catalog and the SLA clock use them. Every
// write is one transaction that either fully happens or returns a translated
// message, and is followed by policiesChanged().
class SlaPolicyStore : public QObject
{
    Q_OBJECT

public:
    explicit SlaPolicyStore(const Database &database, QObject *parent = nullptr);

    // Every policy with its targets, ordered by name.
    Result<QList<SlaPolicy>> policies() const;
    Result<SlaPolicy> policy(qint64 id) const;

    Result<qint64> createPolicy(const SlaPolicy &policy);
    Status updatePolicy(const SlaPolicy &policy);
    // Refused while a service commits to the policy.
    Status deletePolicy(qint64 id);

signals:
    void policiesChanged();

private:
    Status write(const std::function<Status()> &work);

    const Database &m_database;
};
