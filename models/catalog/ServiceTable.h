#pragma once

#include "CatalogChange.h"
#include "Service.h"
#include "storage/Result.h"

#include <QCoreApplication>

class Database;
class Session;

// SQL over the services and form_versions tables, with the catalog's rules:
// a name unique in its category, references that exist, a positive delay, and
// a new form version each time the form changes. Runs inside the caller's
// transaction, and records each change in the catalog history as made by the
// session's person.
class ServiceTable
{
    Q_DECLARE_TR_FUNCTIONS(ServiceTable)

public:
    explicit ServiceTable(const Database &database, const Session *session = nullptr);

    // Every service, ordered by category, display order, then name.
    Result<QList<Service>> all() const;
    Result<Service> byId(qint64 id) const;

    Result<qint64> insert(const Service &service, qint64 authorId = 0) const;
    // Inserts a deleted service again with its own id and form version (undo
    // of a delete), with the rules of insert(); refused when the id is taken.
    Result<qint64> restore(const Service &service, qint64 authorId = 0) const;
    Status update(const Service &service, qint64 authorId = 0) const;
    // Refused while requests refer to the service: deactivate it instead.
    Status remove(qint64 id) const;
    // Moves a service into a category at a position among its services.
    Status place(qint64 id, qint64 categoryId, int position) const;

    // The rules insert() and update() apply, without writing: for editors
    // that show problems before saving.
    Status check(const Service &service) const { return validate(service); }

private:
    Result<QList<Service>> select(const QString &where, const QVariantList &values) const;
    Status validate(const Service &service) const;
    Status checkExists(const QString &table, qint64 id, const QString &message) const;
    Status checkUniqueName(const Service &service) const;
    Status checkForm(const QJsonObject &schema) const;
    Status recordFormVersion(qint64 serviceId, int version, const QJsonObject &schema,
                             qint64 authorId) const;
    void bindFields(class QSqlQuery &q, const Service &service) const;
    Result<qint64> insertRow(const Service &service, qint64 id, CatalogChange::Action action,
                             qint64 authorId) const;
    Status record(qint64 id, CatalogChange::Action action, const QJsonObject &changes) const;
    qint64 authorOr(qint64 authorId) const;

    const Database &m_database;
    const Session *m_session = nullptr;
};
