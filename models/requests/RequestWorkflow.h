#pragma once

#include "RequestComment.h"
#include "WorkflowRules.h"
#include "notifications/NotificationEvent.h"
#include "storage/Result.h"

#include <QDateTime>
#include <QObject>
#include <functional>

class Database;
class Session;

// The moves of a request after its submission, by the people allowed to
// make them: approve or reject (its approver), take and complete
// (technicians), cancel (its requester), and comments. Every move is one
// transaction with its history row, its SLA clock step and its
// notifications. A move the workflow or the person may not make is refused
// with a message saying why; so is one on a request that changed since the
// caller read it (expectedVersion), naming who changed it.
class RequestWorkflow : public QObject
{
    Q_OBJECT

public:
    explicit RequestWorkflow(const Database &database, QObject *parent = nullptr);

    // The person who acts; the session must outlive the workflow.
    void setSession(const Session *session) { m_session = session; }
    // The time moves are recorded at; tests fix it.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // expectedVersion: the row_version the caller's screen shows, or -1.
    Status approve(qint64 requestId, int expectedVersion = -1);
    Status reject(qint64 requestId, const QString &reason, int expectedVersion = -1);
    Status take(qint64 requestId, int expectedVersion = -1);
    Status complete(qint64 requestId, const QString &resolutionNote, int expectedVersion = -1);
    Status cancel(qint64 requestId, int expectedVersion = -1);

    Result<qint64> addComment(qint64 requestId, const QString &body,
                              RequestComment::Visibility visibility);
    // What the signed-in person may read: everything for technicians, the
    // external comments only for the requester and the approver.
    Result<QList<RequestComment>> comments(qint64 requestId) const;

signals:
    void requestChanged(qint64 requestId);

private:
    struct Row;

    Status act(WorkflowRules::Action action, qint64 requestId, const QString &text,
               int expectedVersion);
    Status perform(WorkflowRules::Action action, qint64 requestId, const QString &text,
                   int expectedVersion) const;
    Result<Row> read(qint64 requestId) const;
    Status checkActor(WorkflowRules::Actor actor, const Row &row) const;
    Status checkText(WorkflowRules::Action action, const QString &text) const;
    Status update(WorkflowRules::Action action, const WorkflowRules::Transition &transition,
                  const Row &row, const QString &text) const;
    Status recordEvent(const WorkflowRules::Transition &transition, const Row &row,
                       const QString &text) const;
    Status stepClock(WorkflowRules::Action action, const Row &row) const;
    Status notify(WorkflowRules::Action action, const Row &row, const QString &text) const;
    Status notifyPerson(qint64 recipientId, const Row &row, NotificationEvent event,
                        const QString &text) const;
    QString lastChange(const Row &row) const;
    QString changedMeanwhile(const Row &row) const;
    bool mayReadComments(const Row &row) const;
    bool decidesOn(const Row &row) const;
    QDateTime now() const;

    const Database &m_database;
    const Session *m_session = nullptr;
    std::function<QDateTime()> m_clock;
};
