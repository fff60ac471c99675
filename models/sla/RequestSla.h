#pragma once

#include "SlaState.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QDateTime>

class Database;

// Where one request stands against its commitment at an instant, as the
// request views show it: the state from SlaState's SQL, the date it is
// measured against (the resolution due date, else the estimate's expected
// date) and whether that date is a firm SLA.
struct RequestSla
{
    SlaState::Value state = SlaState::Value::None;
    QDateTime dueAt;
    bool firm = false;

    static Result<RequestSla> read(const Database &database, qint64 requestId,
                                   const QDateTime &now = QDateTime::currentDateTimeUtc());
};
