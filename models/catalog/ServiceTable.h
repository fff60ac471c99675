#pragma once

#include "Service.h"
#include "storage/Result.h"

#include <QCoreApplication>

class Database;

// SQL over the services and form_versions tables, with the catalog's rules:
// a name unique in its category, references that exist, a positive delay, and
// a new form version each time the form changes. Runs inside the caller's
// transaction.
class ServiceTable
{
    Q_DECLARE_TR_FUNCTIONS(ServiceTable)

public:
    explicit ServiceTable(const Database &database);

    // Every service, ordered by category, display order, then name.
    Result<QList<Service>> all() const;
    Result<Service> byId(qint64 id) const;

    Result<qint64> insert(const Service &service, qint64 authorId = 0) const;
    Status update(const Service &service, qint64 authorId = 0) const;
    // Refused while requests refer to the service: deactivate it instead.
    Status remove(qint64 id) const;
    // Moves a service into a category at a position among its services.
    Status place(qint64 id, qint64 categoryId, int position) const;

private:
    Result<QList<Service>> select(const QString &where, const QVariantList &values) const;
    Status validate(const Service &service) const;
    Status checkExists(const QString &table, qint64 id, const QString &message) const;
    Status checkUniqueName(const Service &service) const;
    Status checkForm(const QJsonObject &schema) const;
    Status recordFormVersion(qint64 serviceId, int version, const QJsonObject &schema,
                             qint64 authorId) const;
    void bindFields(class QSqlQuery &q, const Service &service) const;

    const Database &m_database;
};
