#include "RequestStore.h"

#include "ApproverResolver.h"
#include "AttachmentTable.h"
#include "Logging.h"
#include "SubmissionCheck.h"
#include "WorkflowRules.h"
#include "catalog/ServiceTable.h"
#include "forms/FormVersionTable.h"
#include "notifications/NotificationOutbox.h"
#include "people/Session.h"
#include "sla/SlaClock.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

RequestStore::RequestStore(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

QString RequestStore::trackingNumberFor(qint64 id)
{
    return u"REQ-%1"_s.arg(id, 6, 10, QLatin1Char('0'));
}

Result<SubmittedRequest> RequestStore::submit(const RequestSubmission &submission,
                                              QList<FormValidation::FieldError> *fieldErrors)
{
    if (fieldErrors)
        fieldErrors->clear();
    const auto created = Transaction::run<SubmittedRequest>(
        m_database, [&] { return insert(submission, fieldErrors); });
    if (!created) {
        qCInfo(lcRequests).noquote() << "submission refused:" << created.error();
        return created;
    }
    qCInfo(lcRequests).noquote() << "submitted" << created->trackingNumber;
    emit requestsChanged();
    return created;
}

Result<SubmittedRequest> RequestStore::insert(const RequestSubmission &submission,
                                              QList<FormValidation::FieldError> *fieldErrors) const
{
    using Outcome = Result<SubmittedRequest>;
    if (!m_session || !m_session->isSignedIn())
        return Outcome::failure(tr("Sign in to submit a request."));

    const auto service = ServiceTable(m_database).byId(submission.serviceId);
    if (!service)
        return Outcome::failure(service.error());
    if (!service->active)
        return Outcome::failure(
            tr("\"%1\" is no longer offered: it cannot be requested.").arg(service->name));
    const auto schema = FormVersionTable(m_database).schema(service->id, service->formVersion);
    if (!schema)
        return Outcome::failure(schema.error());

    const SubmissionCheck check(*schema, submission.answers, submission.uploads);
    if (!check.ok()) {
        if (fieldErrors)
            *fieldErrors = check.validation().errors;
        return Outcome::failure(check.refusal());
    }

    // The tracking number comes from the id, known only once the row is in:
    // a unique placeholder holds the place for the length of the transaction.
    QSqlQuery q = m_database.query();
    q.prepare(u"INSERT INTO service_requests (tracking_number, service_id, form_version, "
              "requester_id, request_data, created_at, updated_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(service->id);
    q.addBindValue(service->formVersion);
    q.addBindValue(m_session->personId());
    q.addBindValue(u"{}"_s);
    q.addBindValue(SqlValue::time(now()));
    q.addBindValue(SqlValue::time(now()));
    if (!q.exec() || !q.next())
        return Outcome::failure(Database::errorText(q.lastError()));
    const SubmittedRequest request{
        q.value(0).toLongLong(), trackingNumberFor(q.value(0).toLongLong()), service->formVersion};
    q.finish();

    QJsonObject answers = check.validation().answers;
    if (const Status stored = storeAttachments(request.id, check.keptUploads(), &answers); !stored)
        return Outcome::failure(stored.error());

    q.prepare(u"UPDATE service_requests SET tracking_number = ?, request_data = ? WHERE id = ?"_s);
    q.addBindValue(request.trackingNumber);
    q.addBindValue(jsonText(answers));
    q.addBindValue(request.id);
    if (!q.exec())
        return Outcome::failure(Database::errorText(q.lastError()));
    q.finish();

    q.prepare(u"INSERT INTO request_events (request_id, actor_id, kind, to_status) "
              "VALUES (?, ?, 'created', 'new')"_s);
    q.addBindValue(request.id);
    q.addBindValue(SqlValue::id(m_session->personId()));
    if (!q.exec())
        return Outcome::failure(Database::errorText(q.lastError()));
    q.finish();

    const NotificationFacts facts{
        request.trackingNumber, service->name, m_session->displayName(), {}, {}};
    const Status told =
        NotificationOutbox(m_database)
            .notify(m_session->personId(), request.id, NotificationEvent::Created, facts, now());
    if (!told)
        return Outcome::failure(told.error());

    // Waiting for an approver is not IT's time: such a request's clock
    // starts at its approval.
    const Status next = service->requiresApproval ? routeForApproval(request, *service)
                                                  : SlaClock(m_database).start(request.id, now());
    if (!next)
        return Outcome::failure(next.error());
    return request;
}

// new ─► pending_approval at once, with the approver the service's rule
// finds, and the approver told.
Status RequestStore::routeForApproval(const SubmittedRequest &request, const Service &service) const
{
    const auto choice = ApproverResolver::resolve(m_database, service, m_session->personId());
    if (!choice)
        return Status::from(choice);
    const auto transition =
        WorkflowRules::find(WorkflowRules::Action::RouteForApproval, RequestStatus::Value::New);
    QSqlQuery q = m_database.query();
    q.prepare(u"UPDATE service_requests SET status = ?, approver_id = ?, "
              "row_version = row_version + 1 WHERE id = ?"_s);
    q.addBindValue(RequestStatus::key(transition->to));
    q.addBindValue(SqlValue::id(choice->personId));
    q.addBindValue(request.id);
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));

    const QJsonObject detail{
        {u"approver"_s, choice->personId > 0 ? QJsonValue(double(choice->personId)) : QJsonValue()},
        {u"source"_s, sourceKey(choice->source)}};
    q.prepare(u"INSERT INTO request_events (request_id, kind, from_status, to_status, detail, "
              "created_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(request.id);
    q.addBindValue(WorkflowRules::eventKey(transition->action));
    q.addBindValue(RequestStatus::key(transition->from));
    q.addBindValue(RequestStatus::key(transition->to));
    q.addBindValue(jsonText(detail));
    q.addBindValue(SqlValue::time(now()));
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    q.finish();

    const NotificationFacts facts{
        request.trackingNumber, service.name, m_session->displayName(), {}, {}};
    const NotificationOutbox outbox(m_database);
    if (choice->personId > 0)
        return outbox.notify(choice->personId, request.id, NotificationEvent::ApprovalNeeded, facts,
                             now());
    return outbox.notifyCatalogAdmins(m_session->personId(), request.id,
                                      NotificationEvent::ApprovalNeeded, facts, now());
}

QString RequestStore::sourceKey(ApproverResolver::Source source)
{
    switch (source) {
    case ApproverResolver::Source::StandIn:
        return u"stand_in"_s;
    case ApproverResolver::Source::CatalogAdmins:
        return u"catalog_admins"_s;
    case ApproverResolver::Source::Rule:
        break;
    }
    return u"rule"_s;
}

QDateTime RequestStore::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

Status RequestStore::setPriority(qint64 requestId, Priority::Level priority)
{
    const Status status =
        Transaction::run(m_database, [&] { return changePriority(requestId, priority); });
    if (!status) {
        qCInfo(lcRequests).noquote() << "priority change refused:" << status.error();
        return status;
    }
    emit requestsChanged();
    return status;
}

Status RequestStore::changePriority(qint64 requestId, Priority::Level priority) const
{
    if (!m_session || !m_session->hasRole(Person::Role::Technician))
        return Status::failure(tr("Only technicians change the priority of a request."));

    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT tracking_number, priority, status FROM service_requests WHERE id = ?"_s);
    q.addBindValue(requestId);
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    if (!q.next())
        return Status::failure(tr("Request #%1 does not exist.").arg(requestId));
    const QString tracking = q.value(0).toString();
    const QString from = q.value(1).toString();
    const QString status = q.value(2).toString();
    q.finish();
    if (from == Priority::key(priority))
        return {};
    if (status == u"done"_s || status == u"rejected"_s || status == u"cancelled"_s)
        return Status::failure(
            tr("%1 is closed: its priority can no longer change.").arg(tracking));

    if (const Status clock = SlaClock(m_database).setPriority(requestId, priority); !clock)
        return clock;
    const QJsonObject detail{{u"from"_s, from}, {u"to"_s, Priority::key(priority)}};
    q.prepare(u"INSERT INTO request_events (request_id, actor_id, kind, detail) "
              "VALUES (?, ?, 'priority_changed', ?)"_s);
    q.addBindValue(requestId);
    q.addBindValue(m_session->personId());
    q.addBindValue(jsonText(detail));
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    q.finish();
    q.prepare(u"UPDATE service_requests SET row_version = row_version + 1, updated_at = ? "
              "WHERE id = ?"_s);
    q.addBindValue(SqlValue::time(now()));
    q.addBindValue(requestId);
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    return {};
}

// Stores each upload and writes its id and SHA-256 into the answer of its
// field, whose entries are in the same order as the uploads.
Status RequestStore::storeAttachments(qint64 requestId, const QList<FormUpload> &uploads,
                                      QJsonObject *answers) const
{
    const AttachmentTable table(m_database);
    QHash<QString, int> nextIndex;
    for (const FormUpload &upload : uploads) {
        const auto stored = table.insert(requestId, upload);
        if (!stored)
            return Status::from(stored);
        QJsonArray files = answers->value(upload.fieldKey).toArray();
        const int index = nextIndex[upload.fieldKey]++;
        QJsonObject file = files.at(index).toObject();
        file.insert(u"id"_s, double(stored->id));
        file.insert(u"sha256"_s, stored->sha256);
        files.replace(index, file);
        answers->insert(upload.fieldKey, files);
    }
    return {};
}

Result<RequestForm> RequestStore::form(qint64 requestId) const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT service_id, form_version, request_data FROM service_requests "
              "WHERE id = ?"_s);
    q.addBindValue(requestId);
    if (!q.exec())
        return Result<RequestForm>::failure(Database::errorText(q.lastError()));
    if (!q.next())
        return Result<RequestForm>::failure(tr("Request #%1 does not exist.").arg(requestId));

    RequestForm form;
    form.requestId = requestId;
    form.serviceId = q.value(0).toLongLong();
    form.formVersion = q.value(1).toInt();
    form.answers = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    q.finish();

    auto schema = FormVersionTable(m_database).schema(form.serviceId, form.formVersion);
    if (!schema)
        return Result<RequestForm>::failure(schema.error());
    form.schema = std::move(*schema);
    return form;
}

Result<QList<StoredAttachment>> RequestStore::attachments(qint64 requestId) const
{
    return AttachmentTable(m_database).forRequest(requestId);
}

Result<StoredAttachment> RequestStore::attachment(qint64 attachmentId) const
{
    auto stored = AttachmentTable(m_database).byId(attachmentId);
    if (!stored)
        return stored;
    if (const Status allowed = mayRead(stored->requestId); !allowed)
        return Result<StoredAttachment>::failure(allowed.error());
    return stored;
}

// Files are the requester's, their approver's and IT's: nobody else reads
// them, whatever id they guess.
Status RequestStore::mayRead(qint64 requestId) const
{
    if (!m_session || !m_session->isSignedIn())
        return Status::failure(tr("Sign in to open the files of a request."));
    if (m_session->hasRole(Person::Role::Technician))
        return {};
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT requester_id, approver_id, tracking_number FROM service_requests "
              "WHERE id = ?"_s);
    q.addBindValue(requestId);
    if (!q.exec() || !q.next())
        return Status::failure(Database::errorText(q.lastError()));
    const qint64 me = m_session->personId();
    if (q.value(0).toLongLong() == me || SqlValue::toId(q.value(1)) == me)
        return {};
    return Status::failure(
        tr("You take no part in %1: its files are not yours to open.").arg(q.value(2).toString()));
}
