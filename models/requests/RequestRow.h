#pragma once

#include "RequestStatus.h"
#include "sla/SlaState.h"

#include <QDateTime>
#include <QString>

// One request as the request lists show it. Each list fills the fields its
// columns need and leaves the others empty.
struct RequestRow
{
    qint64 id = 0;
    QString trackingNumber;
    qint64 serviceId = 0;
    QString serviceName;
    RequestStatus::Value status = RequestStatus::Value::New;
    int rowVersion = 0;
    QString requesterName;
    QDateTime createdAt;
    QDateTime updatedAt; // the last move or external comment
    QDateTime dueAt;     // the resolution due date, else the expected date
    bool firm = false;   // dueAt is an SLA due date, not an estimate
    SlaState::Value slaState = SlaState::Value::None;
    QString commitment; // what the service promises once the request is approved
};
