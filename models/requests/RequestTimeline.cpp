#include "RequestTimeline.h"

#include "Priority.h"
#include "RequestWorkflow.h"
#include "people/PeopleStore.h"
#include "people/Session.h"
#include "sla/SlaState.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

Result<QList<RequestTimeline::Entry>>
RequestTimeline::read(const Database &database, const Session *session, qint64 requestId)
{
    using R = Result<QList<Entry>>;
    // The workflow decides who reads what: its refusal is ours.
    RequestWorkflow workflow(database);
    workflow.setSession(session);
    const auto comments = workflow.comments(requestId);
    if (!comments)
        return R::failure(comments.error());
    const bool technician = session->hasRole(Person::Role::Technician);
    auto entries = events(database, requestId, technician);
    if (!entries)
        return entries;

    QList<Entry> all = *entries;
    for (const RequestComment &comment : *comments) {
        const bool internal = comment.visibility == RequestComment::Visibility::Internal;
        if (internal && !technician)
            continue; // never, whatever the workflow returned
        all.append({comment.createdAt, comment.authorId, comment.authorName, comment.body,
                    Kind::Comment, internal});
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const Entry &a, const Entry &b) { return a.when < b.when; });
    return all;
}

Result<QList<RequestTimeline::Entry>> RequestTimeline::events(const Database &database,
                                                              qint64 requestId, bool withInternal)
{
    using R = Result<QList<Entry>>;
    // The creation is dated by the request itself, written with the
    // submission's clock.
    QSqlQuery q = database.query();
    q.prepare(u"SELECT e.kind, e.actor_id, p.display_name, e.detail, "
              "CASE WHEN e.kind = 'created' THEN r.created_at ELSE e.created_at END "
              "FROM request_events e JOIN service_requests r ON r.id = e.request_id "
              "LEFT JOIN people p ON p.id = e.actor_id WHERE e.request_id = ?"_s +
              (withInternal ? QString() : u" AND e.kind <> 'escalated'"_s) + u" ORDER BY e.id"_s);
    q.addBindValue(requestId);
    if (!q.exec())
        return R::failure(Database::errorText(q.lastError()));
    QList<Entry> entries;
    while (q.next()) {
        const QJsonObject detail = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        Entry entry = describe(database, q.value(0).toString(), detail);
        entry.actorId = SqlValue::toId(q.value(1));
        entry.who = q.value(2).toString();
        entry.when = SqlValue::toTime(q.value(4));
        entries.append(entry);
    }
    return entries;
}

RequestTimeline::Entry RequestTimeline::describe(const Database &database, const QString &kind,
                                                 const QJsonObject &detail)
{
    const QString reason = detail.value(u"reason"_s).toString();
    const QString note = detail.value(u"note"_s).toString();
    if (kind == u"created"_s)
        return {{}, 0, {}, tr("Submitted the request"), Kind::Created};
    if (kind == u"approval_requested"_s)
        return {{}, 0, {}, approverText(database, detail), Kind::SentForApproval};
    if (kind == u"approved"_s)
        return {{}, 0, {}, tr("Approved the request"), Kind::Approved};
    if (kind == u"rejected"_s)
        return {{}, 0, {}, tr("Rejected the request: %1").arg(reason), Kind::Rejected};
    if (kind == u"taken"_s)
        return {{}, 0, {}, tr("Took the request in hand"), Kind::Taken};
    if (kind == u"completed"_s)
        return {{}, 0, {}, tr("Completed the request: %1").arg(note), Kind::Completed};
    if (kind == u"cancelled"_s)
        return {{}, 0, {}, tr("Cancelled the request"), Kind::Cancelled};
    if (kind == u"priority_changed"_s) {
        const auto text = [&](const QString &key) {
            const auto level = Priority::fromKey(detail.value(key).toString());
            return level ? Priority::text(*level) : detail.value(key).toString();
        };
        return {{},
                0,
                {},
                tr("Changed the priority from %1 to %2").arg(text(u"from"_s), text(u"to"_s)),
                Kind::PriorityChanged};
    }
    if (kind == u"escalated"_s) {
        const auto level = SlaState::fromKey(detail.value(u"level"_s).toString());
        return {{},
                0,
                {},
                tr("Escalated: %1").arg(SlaState::text(level.value_or(SlaState::Value::Breached))),
                Kind::Escalated,
                true};
    }
    return {{}, 0, {}, tr("Changed the request (%1)").arg(kind), Kind::Other};
}

QString RequestTimeline::approverText(const Database &database, const QJsonObject &detail)
{
    const qint64 approverId = qint64(detail.value(u"approver"_s).toDouble());
    if (approverId <= 0)
        return tr("Sent for approval to the catalog administrators");
    const auto person = PeopleStore(database).person(approverId);
    if (!person)
        return tr("Sent for approval");
    return tr("Sent for approval to %1").arg(person->displayName);
}
