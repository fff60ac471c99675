#include "RequestSummary.h"

#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Result<RequestSummary> RequestSummary::read(const Database &database, qint64 requestId)
{
    QSqlQuery q = database.query();
    q.prepare(u"SELECT r.tracking_number, r.service_id, s.name, r.status, r.requester_id, "
              "p.display_name, r.approver_id, a.display_name, r.created_at, r.row_version "
              "FROM service_requests r JOIN services s ON s.id = r.service_id "
              "JOIN people p ON p.id = r.requester_id "
              "LEFT JOIN people a ON a.id = r.approver_id WHERE r.id = ?"_s);
    q.addBindValue(requestId);
    if (!q.exec())
        return Result<RequestSummary>::failure(Database::errorText(q.lastError()));
    if (!q.next())
        return Result<RequestSummary>::failure(
            QCoreApplication::translate("RequestSummary", "Request #%1 does not exist.")
                .arg(requestId));
    RequestSummary summary;
    summary.id = requestId;
    summary.trackingNumber = q.value(0).toString();
    summary.serviceId = q.value(1).toLongLong();
    summary.serviceName = q.value(2).toString();
    summary.status = RequestStatus::fromKey(q.value(3).toString()).value_or(summary.status);
    summary.requesterId = q.value(4).toLongLong();
    summary.requesterName = q.value(5).toString();
    summary.approverId = SqlValue::toId(q.value(6));
    summary.approverName = q.value(7).toString();
    summary.createdAt = SqlValue::toTime(q.value(8));
    summary.rowVersion = q.value(9).toInt();
    return summary;
}
