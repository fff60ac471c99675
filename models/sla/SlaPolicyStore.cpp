#include "SlaPolicyStore.h"

#include "Logging.h"
#include "SlaPolicyTable.h"
#include "storage/Transaction.h"

SlaPolicyStore::SlaPolicyStore(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

Result<QList<SlaPolicy>> SlaPolicyStore::policies() const
{
    return SlaPolicyTable(m_database).all();
}

Result<SlaPolicy> SlaPolicyStore::policy(qint64 id) const
{
    return SlaPolicyTable(m_database).byId(id);
}

Status SlaPolicyStore::write(const std::function<Status()> &work)
{
    const Status status = Transaction::run(m_database, work);
    if (!status) {
        qCInfo(lcSla).noquote() << "SLA policy change refused:" << status.error();
        return status;
    }
    emit policiesChanged();
    return status;
}

Result<qint64> SlaPolicyStore::createPolicy(const SlaPolicy &policy)
{
    qint64 id = 0;
    const Status status = write([&] {
        const auto created = SlaPolicyTable(m_database).insert(policy);
        id = created.ok() ? created.value() : 0;
        return Status::from(created);
    });
    return status ? Result<qint64>(id) : Result<qint64>::failure(status.error());
}

Status SlaPolicyStore::updatePolicy(const SlaPolicy &policy)
{
    return write([&] { return SlaPolicyTable(m_database).update(policy); });
}

Status SlaPolicyStore::deletePolicy(qint64 id)
{
    return write([&] { return SlaPolicyTable(m_database).remove(id); });
}
