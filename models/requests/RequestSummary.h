#pragma once

#include "RequestStatus.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QDateTime>

class Database;

// Who asked what and where it stands: the head of a request's detail, and
// the row version its moves expect.
struct RequestSummary
{
    qint64 id = 0;
    QString trackingNumber;
    qint64 serviceId = 0;
    QString serviceName;
    RequestStatus::Value status = RequestStatus::Value::New;
    qint64 requesterId = 0;
    QString requesterName;
    qint64 approverId = 0;
    QString approverName;
    QDateTime createdAt;
    int rowVersion = 0;

    static Result<RequestSummary> read(const Database &database, qint64 requestId);
};
