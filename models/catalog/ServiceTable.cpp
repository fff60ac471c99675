#include "ServiceTable.h"

#include "CatalogHistory.h"
#include "forms/FormSchema.h"
#include "people/Session.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const auto selectColumns =
    u"SELECT id, category_id, name, description, keywords, icon, display_order, active, "
    "requires_approval, approver_rule, designated_approver_id, fulfilment_team_id, "
    "estimated_delay_amount, estimated_delay_unit, sla_policy_id, form_schema, form_version "
    "FROM services "_s;

// The order of the bound fields in INSERT and UPDATE.
const auto fieldColumns =
    u"category_id, name, description, keywords, icon, display_order, active, requires_approval, "
    "approver_rule, designated_approver_id, fulfilment_team_id, estimated_delay_amount, "
    "estimated_delay_unit, sla_policy_id, form_schema, form_version"_s;
constexpr int fieldCount = 16;

QStringList splitKeywords(const QString &text)
{
    QStringList words;
    for (const QString &word : text.split(u',', Qt::SkipEmptyParts)) {
        if (!word.trimmed().isEmpty())
            words << word.trimmed();
    }
    return words;
}

QString schemaText(const QJsonObject &schema)
{
    return QString::fromUtf8(QJsonDocument(schema).toJson(QJsonDocument::Compact));
}

Service readService(const QSqlQuery &q)
{
    Service s;
    s.id = q.value(0).toLongLong();
    s.categoryId = q.value(1).toLongLong();
    s.name = q.value(2).toString();
    s.description = q.value(3).toString();
    s.keywords = splitKeywords(q.value(4).toString());
    s.icon = q.value(5).toString();
    s.displayOrder = q.value(6).toInt();
    s.active = q.value(7).toBool();
    s.requiresApproval = q.value(8).toBool();
    s.approverRule = Service::approverRuleFromKey(q.value(9).toString())
                         .value_or(Service::ApproverRule::Manager);
    s.designatedApproverId = SqlValue::toId(q.value(10));
    s.fulfilmentTeamId = SqlValue::toId(q.value(11));
    s.estimatedDelayAmount = q.value(12).toInt();
    s.estimatedDelayUnit =
        Service::delayUnitFromKey(q.value(13).toString()).value_or(Service::DelayUnit::Days);
    s.slaPolicyId = SqlValue::toId(q.value(14));
    s.formSchema = QJsonDocument::fromJson(q.value(15).toString().toUtf8()).object();
    s.formVersion = q.value(16).toInt();
    return s;
}

} // namespace

ServiceTable::ServiceTable(const Database &database, const Session *session)
    : m_database(database)
    , m_session(session)
{}

Status ServiceTable::record(qint64 id, CatalogChange::Action action,
                            const QJsonObject &changes) const
{
    // A write that changes nothing leaves no trace in the history.
    if (changes.isEmpty())
        return {};
    return CatalogHistory(m_database, m_session)
        .record(CatalogChange::Kind::Service, id, action, changes);
}

// A form version is published by the caller's author, else by the session's.
qint64 ServiceTable::authorOr(qint64 authorId) const
{
    if (authorId > 0 || !m_session)
        return authorId;
    return m_session->personId();
}

Result<QList<Service>> ServiceTable::all() const
{
    return select(u"ORDER BY category_id, display_order, name"_s, {});
}

Result<Service> ServiceTable::byId(qint64 id) const
{
    const auto found = select(u"WHERE id = ?"_s, {id});
    if (!found)
        return Result<Service>::failure(found.error());
    if (found->isEmpty())
        return Result<Service>::failure(tr("The service number %1 does not exist.").arg(id));
    return found->first();
}

Result<QList<Service>> ServiceTable::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery q = m_database.query();
    q.prepare(selectColumns + where);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return Result<QList<Service>>::failure(Database::errorText(q.lastError()));
    QList<Service> services;
    while (q.next())
        services.append(readService(q));
    return services;
}

Status ServiceTable::checkExists(const QString &table, qint64 id, const QString &message) const
{
    if (id <= 0)
        return {};
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(table));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    return q.next() ? Status() : Status::failure(message);
}

Status ServiceTable::checkUniqueName(const Service &service) const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT name FROM services WHERE category_id = ? AND id <> ?"_s);
    q.addBindValue(service.categoryId);
    q.addBindValue(service.id);
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    const QString name = service.name.trimmed();
    while (q.next()) {
        if (q.value(0).toString().compare(name, Qt::CaseInsensitive) == 0)
            return Status::failure(
                tr("Another service of this category is already named \"%1\".").arg(name));
    }
    return {};
}

Status ServiceTable::validate(const Service &service) const
{
    if (service.name.trimmed().isEmpty())
        return Status::failure(tr("A service needs a name."));
    if (service.categoryId <= 0)
        return Status::failure(tr("A service must belong to a category."));
    if (service.estimatedDelayAmount < 0)
        return Status::failure(tr("The estimated delay must be a positive number."));
    if (service.requiresApproval && service.approverRule == Service::ApproverRule::Designated &&
        service.designatedApproverId <= 0)
        return Status::failure(
            tr("The approver rule \"Designated person\" needs a designated approver."));
    if (const Status form = checkForm(service.formSchema); !form)
        return form;

    for (const Status &check :
         {checkExists(u"categories"_s, service.categoryId,
                      tr("The category number %1 does not exist.").arg(service.categoryId)),
          checkExists(u"people"_s, service.designatedApproverId,
                      tr("The designated approver number %1 does not exist.")
                          .arg(service.designatedApproverId)),
          checkExists(
              u"teams"_s, service.fulfilmentTeamId,
              tr("The fulfilment team number %1 does not exist.").arg(service.fulfilmentTeamId)),
          checkExists(u"sla_policies"_s, service.slaPolicyId,
                      tr("The SLA policy number %1 does not exist.").arg(service.slaPolicyId))}) {
        if (!check)
            return check;
    }
    return checkUniqueName(service);
}

Status ServiceTable::checkForm(const QJsonObject &schema) const
{
    QList<FormProblem> problems;
    if (FormSchema::fromJson(schema, &problems))
        return {};
    const FormProblem first = problems.value(0);
    return Status::failure(tr("The request form is not valid: %1: %2 (%n problem(s) in all).",
                              nullptr, int(problems.size()))
                               .arg(first.place, first.message));
}

void ServiceTable::bindFields(QSqlQuery &q, const Service &service) const
{
    q.addBindValue(service.categoryId);
    q.addBindValue(SqlValue::text(service.name));
    q.addBindValue(SqlValue::text(service.description));
    q.addBindValue(SqlValue::text(service.keywords.join(u", "_s)));
    q.addBindValue(SqlValue::text(service.icon));
    q.addBindValue(service.displayOrder);
    q.addBindValue(service.active);
    q.addBindValue(service.requiresApproval);
    q.addBindValue(Service::approverRuleKey(service.approverRule));
    q.addBindValue(SqlValue::id(service.designatedApproverId));
    q.addBindValue(SqlValue::id(service.fulfilmentTeamId));
    q.addBindValue(service.estimatedDelayAmount > 0 ? QVariant(service.estimatedDelayAmount)
                                                    : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(Service::delayUnitKey(service.estimatedDelayUnit));
    q.addBindValue(SqlValue::id(service.slaPolicyId));
    q.addBindValue(schemaText(service.formSchema));
    q.addBindValue(service.formVersion);
}

Result<qint64> ServiceTable::insert(const Service &service, qint64 authorId) const
{
    Service fresh = service;
    fresh.formVersion = 1;
    const auto id = CatalogHistory(m_database, m_session).unusedId(CatalogChange::Kind::Service);
    if (!id)
        return id;
    return insertRow(fresh, *id, CatalogChange::Action::Created, authorId);
}

Result<qint64> ServiceTable::restore(const Service &service, qint64 authorId) const
{
    if (service.id <= 0)
        return Result<qint64>::failure(tr("Only a service that had a number can be restored."));
    if (byId(service.id))
        return Result<qint64>::failure(
            tr("The service number %1 already exists: it cannot be restored.").arg(service.id));
    Service restored = service;
    restored.formVersion = qMax(1, service.formVersion);
    return insertRow(restored, service.id, CatalogChange::Action::Restored, authorId);
}

// Inserts with the id the database gives (id 0) or with the given one, and
// publishes the service's form as its current version.
Result<qint64> ServiceTable::insertRow(const Service &service, qint64 id,
                                       CatalogChange::Action action, qint64 authorId) const
{
    using R = Result<qint64>;
    Service fresh = service;
    fresh.id = 0;
    if (const Status valid = validate(fresh); !valid)
        return R::failure(valid.error());

    // On PostgreSQL a restored id was issued by the identity sequence before,
    // so the sequence is already past it.
    const QString idColumn = id > 0 ? u"id, "_s : QString();
    const QString idMark = id > 0 ? u"?, "_s : QString();
    QSqlQuery q = m_database.query();
    const QString marks = QStringList(fieldCount, u"?"_s).join(u", "_s);
    q.prepare(u"INSERT INTO services ("_s + idColumn + fieldColumns + u") VALUES ("_s + idMark +
              marks + u") RETURNING id"_s);
    if (id > 0)
        q.addBindValue(id);
    bindFields(q, fresh);
    if (!q.exec() || !q.next())
        return R::failure(Database::errorText(q.lastError()));
    const qint64 newId = q.value(0).toLongLong();
    q.finish();

    const Status published =
        recordFormVersion(newId, fresh.formVersion, fresh.formSchema, authorOr(authorId));
    if (!published)
        return R::failure(published.error());

    const auto stored = byId(newId);
    if (!stored)
        return R::failure(stored.error());
    if (const Status recorded = record(newId, action, CatalogChange::itemJson(*stored)); !recorded)
        return R::failure(recorded.error());
    return newId;
}

Status ServiceTable::update(const Service &service, qint64 authorId) const
{
    const auto existing = byId(service.id);
    if (!existing)
        return Status::from(existing);
    if (const Status valid = validate(service); !valid)
        return valid;

    // A changed form is published as a new version; requests keep theirs.
    Service changed = service;
    changed.formVersion = existing->formVersion;
    if (service.formSchema != existing->formSchema) {
        changed.formVersion = existing->formVersion + 1;
        const Status recorded = recordFormVersion(service.id, changed.formVersion,
                                                  service.formSchema, authorOr(authorId));
        if (!recorded)
            return recorded;
    }

    QSqlQuery q = m_database.query();
    QString assignments = fieldColumns;
    assignments.replace(u","_s, u" = ?,"_s).append(u" = ?"_s);
    q.prepare(u"UPDATE services SET "_s + assignments + u", updated_at = ? WHERE id = ?"_s);
    bindFields(q, changed);
    q.addBindValue(SqlValue::time(QDateTime::currentDateTimeUtc()));
    q.addBindValue(service.id);
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    q.finish();

    const auto stored = byId(service.id);
    if (!stored)
        return Status::from(stored);
    return record(service.id, CatalogChange::Action::Changed,
                  CatalogChange::difference(CatalogChange::itemJson(*existing),
                                            CatalogChange::itemJson(*stored)));
}

Status ServiceTable::recordFormVersion(qint64 serviceId, int version, const QJsonObject &schema,
                                       qint64 authorId) const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"INSERT INTO form_versions (service_id, version, form_schema, published_by) "
              "VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(serviceId);
    q.addBindValue(version);
    q.addBindValue(schemaText(schema));
    q.addBindValue(SqlValue::id(authorId));
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    return {};
}

Status ServiceTable::remove(qint64 id) const
{
    const auto service = byId(id);
    if (!service)
        return Status::from(service);

    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT COUNT(*) FROM service_requests WHERE service_id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return Status::failure(Database::errorText(q.lastError()));
    if (const qint64 requests = q.value(0).toLongLong(); requests > 0) {
        return Status::failure(tr("The service \"%1\" has %n request(s) in its history: "
                                  "deactivate it instead of deleting it.",
                                  nullptr, int(requests))
                                   .arg(service->name));
    }
    q.finish();

    q.prepare(u"DELETE FROM services WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    q.finish();
    return record(id, CatalogChange::Action::Deleted, CatalogChange::itemJson(*service));
}

Status ServiceTable::place(qint64 id, qint64 categoryId, int position) const
{
    auto service = byId(id);
    if (!service)
        return Status::from(service);
    const Service before = *service;
    service.value().categoryId = categoryId;
    if (const Status valid = validate(*service); !valid)
        return valid;

    const auto siblings = select(u"WHERE category_id = ? AND id <> ? "
                                 "ORDER BY display_order, name"_s,
                                 {categoryId, id});
    if (!siblings)
        return Status::from(siblings);
    QList<qint64> order;
    for (const Service &sibling : *siblings)
        order.append(sibling.id);
    order.insert(qBound(0, position, int(order.size())), id);

    QSqlQuery q = m_database.query();
    q.prepare(u"UPDATE services SET category_id = ?, display_order = ?, updated_at = ? "
              "WHERE id = ?"_s);
    const QVariant now = SqlValue::time(QDateTime::currentDateTimeUtc());
    for (qsizetype i = 0; i < order.size(); ++i) {
        q.addBindValue(categoryId);
        q.addBindValue(int(i + 1));
        q.addBindValue(now);
        q.addBindValue(order.at(i));
        if (!q.exec())
            return Status::failure(Database::errorText(q.lastError()));
    }
    q.finish();

    // Only the moved service's move is recorded, not its siblings' renumbering.
    Service after = before;
    after.categoryId = categoryId;
    after.displayOrder = int(order.indexOf(id) + 1);
    return record(
        id, CatalogChange::Action::Moved,
        CatalogChange::difference(CatalogChange::itemJson(before), CatalogChange::itemJson(after)));
}
