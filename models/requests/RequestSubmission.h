#pragma once

#include "forms/FormUpload.h"

#include <QJsonObject>
#include <QList>

// What a requester sends: the service, the answers to its current form and
// the files attached to its file fields.
struct RequestSubmission
{
    qint64 serviceId = 0;
    QJsonObject answers;
    QList<FormUpload> uploads;
};

// A request the store has just created.
struct SubmittedRequest
{
    qint64 id = 0;
    QString trackingNumber;
    int formVersion = 0;
};
