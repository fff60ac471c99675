#pragma once

#include "ApproverResolver.h"
#include "Priority.h"
#include "RequestForm.h"
#include "RequestSubmission.h"
#include "StoredAttachment.h"
#include "forms/FormValidation.h"
#include "storage/Result.h"

#include <QDateTime>
#include <QObject>
#include <functional>

class Database;
class Session;

// Service requests as the portal and the queue use them. Every write is one
// transaction that either fully happens or returns a translated message.
class RequestStore : public QObject
{
    Q_OBJECT

public:
    explicit RequestStore(const Database &database, QObject *parent = nullptr);

    // The person who submits and acts; the session must outlive the store.
    void setSession(const Session *session) { m_session = session; }
    const Session *session() const { return m_session; }
    // The time the store writes and starts clocks at; tests fix it.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Creates a request for the signed-in person against the service's
    // current form. Invalid answers are refused with the message of each
    // field in fieldErrors and nothing written; attachments are stored with
    // their SHA-256 and their id goes into the answers.
    Result<SubmittedRequest> submit(const RequestSubmission &submission,
                                    QList<FormValidation::FieldError> *fieldErrors = nullptr);

    // A technician's call: the due dates follow from the same clock start.
    Status setPriority(qint64 requestId, Priority::Level priority);

    // A request's answers and the form version they were filled against.
    Result<RequestForm> form(qint64 requestId) const;
    Result<QList<StoredAttachment>> attachments(qint64 requestId) const;
    // One attachment with its content, for the people who take part in
    // its request (and technicians).
    Result<StoredAttachment> attachment(qint64 attachmentId) const;

    // "REQ-000042": readable, and unique because the id is.
    static QString trackingNumberFor(qint64 id);

signals:
    void requestsChanged();

private:
    Result<SubmittedRequest> insert(const RequestSubmission &submission,
                                    QList<FormValidation::FieldError> *fieldErrors) const;
    Status routeForApproval(const SubmittedRequest &request, const Service &service) const;
    static QString sourceKey(ApproverResolver::Source source);
    Status mayRead(qint64 requestId) const;
    Status changePriority(qint64 requestId, Priority::Level priority) const;
    QDateTime now() const;
    Status storeAttachments(qint64 requestId, const QList<FormUpload> &uploads,
                            QJsonObject *answers) const;

    const Database &m_database;
    const Session *m_session = nullptr;
    std::function<QDateTime()> m_clock;
};
