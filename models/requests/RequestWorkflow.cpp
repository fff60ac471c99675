#include "RequestWorkflow.h"

#include "Logging.h"
#include "notifications/NotificationOutbox.h"
#include "people/Session.h"
#include "sla/SlaClock.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using Action = WorkflowRules::Action;

struct RequestWorkflow::Row
{
    qint64 id = 0;
    QString trackingNumber;
    QString serviceName;
    qint64 requesterId = 0;
    qint64 approverId = 0; // 0: nobody, or the catalog admins when sent for approval
    bool sentForApproval = false;
    qint64 assigneeId = 0;
    RequestStatus::Value status = RequestStatus::Value::New;
    int version = 0;
};

RequestWorkflow::RequestWorkflow(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

QDateTime RequestWorkflow::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

Status RequestWorkflow::approve(qint64 requestId, int expectedVersion)
{
    return act(Action::Approve, requestId, {}, expectedVersion);
}

Status RequestWorkflow::reject(qint64 requestId, const QString &reason, int expectedVersion)
{
    return act(Action::Reject, requestId, reason, expectedVersion);
}

Status RequestWorkflow::take(qint64 requestId, int expectedVersion)
{
    return act(Action::Take, requestId, {}, expectedVersion);
}

Status RequestWorkflow::complete(qint64 requestId, const QString &resolutionNote,
                                 int expectedVersion)
{
    return act(Action::Complete, requestId, resolutionNote, expectedVersion);
}

Status RequestWorkflow::cancel(qint64 requestId, int expectedVersion)
{
    return act(Action::Cancel, requestId, {}, expectedVersion);
}

Status RequestWorkflow::act(Action action, qint64 requestId, const QString &text,
                            int expectedVersion)
{
    const Status status = Transaction::run(
        m_database, [&] { return perform(action, requestId, text.trimmed(), expectedVersion); });
    if (!status) {
        qCInfo(lcRequests).noquote()
            << WorkflowRules::eventKey(action) << "refused:" << status.error();
        return status;
    }
    qCInfo(lcRequests).noquote() << "request" << requestId << WorkflowRules::eventKey(action);
    emit requestChanged(requestId);
    return status;
}

Status RequestWorkflow::perform(Action action, qint64 requestId, const QString &text,
                                int expectedVersion) const
{
    if (!m_session || !m_session->isSignedIn())
        return Status::failure(tr("Sign in to act on a request."));
    const auto row = read(requestId);
    if (!row)
        return Status::from(row);
    if (expectedVersion >= 0 && row->version != expectedVersion)
        return Status::failure(changedMeanwhile(*row));

    const auto transition = WorkflowRules::find(action, row->status);
    if (!transition) {
        const QString why = WorkflowRules::refusal(action, row->status, row->trackingNumber);
        const QString who = lastChange(*row);
        return Status::failure(who.isEmpty() ? why : why + u' ' + who);
    }
    if (const Status allowed = checkActor(transition->actor, *row); !allowed)
        return allowed;
    if (const Status written = checkText(action, text); !written)
        return written;

    if (const Status updated = update(action, *transition, *row, text); !updated)
        return updated;
    if (const Status recorded = recordEvent(*transition, *row, text); !recorded)
        return recorded;
    if (const Status clock = stepClock(action, *row); !clock)
        return clock;
    return notify(action, *row, text);
}

Result<RequestWorkflow::Row> RequestWorkflow::read(qint64 requestId) const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT r.id, r.tracking_number, s.name, r.requester_id, r.approver_id, "
              "r.assignee_id, r.status, r.row_version, EXISTS (SELECT 1 FROM request_events e "
              "WHERE e.request_id = r.id AND e.kind = 'approval_requested') "
              "FROM service_requests r "
              "JOIN services s ON s.id = r.service_id WHERE r.id = ?"_s);
    q.addBindValue(requestId);
    if (!q.exec())
        return Result<Row>::failure(Database::errorText(q.lastError()));
    if (!q.next())
        return Result<Row>::failure(tr("Request #%1 does not exist.").arg(requestId));
    Row row;
    row.id = q.value(0).toLongLong();
    row.trackingNumber = q.value(1).toString();
    row.serviceName = q.value(2).toString();
    row.requesterId = q.value(3).toLongLong();
    row.approverId = SqlValue::toId(q.value(4));
    row.assigneeId = SqlValue::toId(q.value(5));
    row.status = RequestStatus::fromKey(q.value(6).toString()).value_or(RequestStatus::Value::New);
    row.version = q.value(7).toInt();
    row.sentForApproval = q.value(8).toBool();
    return row;
}

Status RequestWorkflow::checkActor(WorkflowRules::Actor actor, const Row &row) const
{
    const qint64 me = m_session->personId();
    switch (actor) {
    case WorkflowRules::Actor::Requester:
        if (me == row.requesterId)
            return {};
        return Status::failure(
            tr("Only the person who asked for %1 can cancel it.").arg(row.trackingNumber));
    case WorkflowRules::Actor::Approver:
        if (me == row.requesterId)
            return Status::failure(tr("Nobody decides on their own request: %1 waits for "
                                      "another approver.")
                                       .arg(row.trackingNumber));
        if (decidesOn(row))
            return {};
        return Status::failure(
            tr("Only the approver of %1 can approve or reject it.").arg(row.trackingNumber));
    case WorkflowRules::Actor::Technician:
        if (m_session->hasRole(Person::Role::Technician))
            return {};
        return Status::failure(tr("Only technicians take and complete requests."));
    case WorkflowRules::Actor::System:
        break;
    }
    return Status::failure(tr("This step happens by itself; nobody takes it by hand."));
}

Status RequestWorkflow::checkText(Action action, const QString &text) const
{
    if (action == Action::Reject && text.isEmpty())
        return Status::failure(tr("Give the reason for the rejection: the requester reads it."));
    if (action == Action::Complete && text.isEmpty())
        return Status::failure(tr("Write a resolution note: the requester reads what was done."));
    return {};
}

Status RequestWorkflow::update(Action action, const WorkflowRules::Transition &transition,
                               const Row &row, const QString &text) const
{
    QString columns;
    QVariantList values;
    const QVariant when = SqlValue::time(now());
    switch (action) {
    case Action::Approve:
        columns = u", decided_at = ?"_s;
        values = {when};
        break;
    case Action::Reject:
        columns = u", decided_at = ?, decision_reason = ?"_s;
        values = {when, text};
        break;
    case Action::Take:
        columns = u", taken_at = ?, assignee_id = ?"_s;
        values = {when, m_session->personId()};
        break;
    case Action::Complete:
        columns = u", done_at = ?, resolution_note = ?"_s;
        values = {when, text};
        break;
    case Action::Cancel:
        columns = u", cancelled_at = ?"_s;
        values = {when};
        break;
    case Action::RouteForApproval:
        break;
    }

    // The guard on the version: of two people acting at once, one wins.
    QSqlQuery q = m_database.query();
    q.prepare(u"UPDATE service_requests SET status = ?, updated_at = ?, "
              "row_version = row_version + 1"_s +
              columns + u" WHERE id = ? AND row_version = ?"_s);
    q.addBindValue(RequestStatus::key(transition.to));
    q.addBindValue(when);
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    q.addBindValue(row.id);
    q.addBindValue(row.version);
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    if (q.numRowsAffected() != 1) {
        q.finish();
        return Status::failure(changedMeanwhile(row));
    }
    return {};
}

Status RequestWorkflow::recordEvent(const WorkflowRules::Transition &transition, const Row &row,
                                    const QString &text) const
{
    QJsonObject detail;
    if (!text.isEmpty())
        detail.insert(transition.action == Action::Reject ? u"reason"_s : u"note"_s, text);
    QSqlQuery q = m_database.query();
    q.prepare(u"INSERT INTO request_events (request_id, actor_id, kind, from_status, to_status, "
              "detail, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(row.id);
    q.addBindValue(m_session->personId());
    q.addBindValue(WorkflowRules::eventKey(transition.action));
    q.addBindValue(RequestStatus::key(transition.from));
    q.addBindValue(RequestStatus::key(transition.to));
    q.addBindValue(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    q.addBindValue(SqlValue::time(now()));
    if (!q.exec())
        return Status::failure(Database::errorText(q.lastError()));
    return {};
}

// Approval starts the clock (waiting for it was not IT's time); the other
// moves change what the escalation worker has left to watch.
Status RequestWorkflow::stepClock(Action action, const Row &row) const
{
    const SlaClock clock(m_database);
    if (action == Action::Approve)
        return clock.start(row.id, now());
    return clock.refreshEscalation(row.id);
}

Status RequestWorkflow::notify(Action action, const Row &row, const QString &text) const
{
    switch (action) {
    case Action::Approve:
        return notifyPerson(row.requesterId, row, NotificationEvent::Approved, text);
    case Action::Reject:
        return notifyPerson(row.requesterId, row, NotificationEvent::Rejected, text);
    case Action::Take:
        return notifyPerson(row.requesterId, row, NotificationEvent::Taken, text);
    case Action::Complete:
        return notifyPerson(row.requesterId, row, NotificationEvent::Completed, text);
    case Action::Cancel:
    case Action::RouteForApproval:
        break;
    }
    return {};
}

// Nobody is told about what they did themselves.
Status RequestWorkflow::notifyPerson(qint64 recipientId, const Row &row, NotificationEvent event,
                                     const QString &text) const
{
    if (recipientId <= 0 || recipientId == m_session->personId())
        return {};
    const NotificationFacts facts{
        row.trackingNumber, row.serviceName, m_session->displayName(), text, {}};
    return NotificationOutbox(m_database).notify(recipientId, row.id, event, facts, now());
}

// "Ana Lopez made it "In progress" on 04/12/2026 09:31.": the last move
// someone else made, for refusals that follow a colleague's action. Empty
// when the last move was the signed-in person's own.
QString RequestWorkflow::lastChange(const Row &row) const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT e.to_status, p.display_name, e.created_at, e.actor_id "
              "FROM request_events e LEFT JOIN people p ON p.id = e.actor_id "
              "WHERE e.request_id = ? AND e.to_status IS NOT NULL ORDER BY e.id DESC"_s);
    q.addBindValue(row.id);
    if (!q.exec() || !q.next() || SqlValue::toId(q.value(3)) == m_session->personId())
        return {};
    const auto status = RequestStatus::fromKey(q.value(0).toString());
    const QString when =
        QLocale().toString(SqlValue::toTime(q.value(2)).toLocalTime(), QLocale::ShortFormat);
    const QString who = q.value(1).toString();
    return tr("%1 made it \"%2\" on %3.")
        .arg(who.isEmpty() ? tr("The program") : who,
             RequestStatus::text(status.value_or(RequestStatus::Value::New)), when);
}

QString RequestWorkflow::changedMeanwhile(const Row &row) const
{
    const QString change = lastChange(row);
    return tr("%1 changed since you opened it. %2")
        .arg(row.trackingNumber, change.isEmpty() ? tr("Look at it again.") : change);
}

Result<qint64> RequestWorkflow::addComment(qint64 requestId, const QString &body,
                                           RequestComment::Visibility visibility)
{
    qint64 id = 0;
    const Status status = Transaction::run(m_database, [&]() -> Status {
        if (!m_session || !m_session->isSignedIn())
            return Status::failure(tr("Sign in to comment on a request."));
        const QString text = body.trimmed();
        if (text.isEmpty())
            return Status::failure(tr("Write something before sending the comment."));
        const auto row = read(requestId);
        if (!row)
            return Status::from(row);
        const bool internal = visibility == RequestComment::Visibility::Internal;
        if (internal && !m_session->hasRole(Person::Role::Technician))
            return Status::failure(tr("Only technicians write internal comments."));
        if (!mayReadComments(*row))
            return Status::failure(
                tr("You take no part in %1: you cannot comment on it.").arg(row->trackingNumber));

        QSqlQuery q = m_database.query();
        q.prepare(u"INSERT INTO comments (request_id, author_id, body, visibility, created_at) "
                  "VALUES (?, ?, ?, ?, ?) RETURNING id"_s);
        q.addBindValue(requestId);
        q.addBindValue(m_session->personId());
        q.addBindValue(text);
        q.addBindValue(internal ? u"internal"_s : u"external"_s);
        q.addBindValue(SqlValue::time(now()));
        if (!q.exec() || !q.next())
            return Status::failure(Database::errorText(q.lastError()));
        id = q.value(0).toLongLong();
        q.finish();
        if (internal)
            return {};
        return notifyPerson(row->requesterId, *row, NotificationEvent::ExternalComment, text);
    });
    if (!status)
        return Result<qint64>::failure(status.error());
    emit requestChanged(requestId);
    return id;
}

bool RequestWorkflow::mayReadComments(const Row &row) const
{
    const qint64 me = m_session->personId();
    return m_session->hasRole(Person::Role::Technician) || me == row.requesterId || decidesOn(row);
}

// The approver, or any catalog admin when the rule found nobody.
bool RequestWorkflow::decidesOn(const Row &row) const
{
    if (!row.sentForApproval || m_session->personId() == row.requesterId)
        return false;
    if (row.approverId > 0)
        return m_session->personId() == row.approverId;
    return m_session->hasRole(Person::Role::CatalogAdmin);
}

Result<QList<RequestComment>> RequestWorkflow::comments(qint64 requestId) const
{
    using R = Result<QList<RequestComment>>;
    if (!m_session || !m_session->isSignedIn())
        return R::failure(tr("Sign in to read the comments of a request."));
    const auto row = read(requestId);
    if (!row)
        return R::failure(row.error());
    if (!mayReadComments(*row))
        return R::failure(tr("You take no part in %1: its comments are not yours to read.")
                              .arg(row->trackingNumber));

    // Internal comments never leave IT: the filter is in the query itself.
    const bool everything = m_session->hasRole(Person::Role::Technician);
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT c.id, c.author_id, p.display_name, c.body, c.visibility, c.created_at "
              "FROM comments c LEFT JOIN people p ON p.id = c.author_id "
              "WHERE c.request_id = ?"_s +
              (everything ? QString() : u" AND c.visibility = 'external'"_s) +
              u" ORDER BY c.created_at, c.id"_s);
    q.addBindValue(requestId);
    if (!q.exec())
        return R::failure(Database::errorText(q.lastError()));
    QList<RequestComment> comments;
    while (q.next()) {
        RequestComment comment;
        comment.id = q.value(0).toLongLong();
        comment.requestId = requestId;
        comment.authorId = SqlValue::toId(q.value(1));
        comment.authorName = q.value(2).toString();
        comment.body = q.value(3).toString();
        comment.visibility = q.value(4).toString() == u"external"_s
                                 ? RequestComment::Visibility::External
                                 : RequestComment::Visibility::Internal;
        comment.createdAt = SqlValue::toTime(q.value(5));
        comments.append(comment);
    }
    return comments;
}
