#include "RequestSla.h"

#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Result<RequestSla> RequestSla::read(const Database &database, qint64 requestId,
                                    const QDateTime &now)
{
    QSqlQuery q = database.query();
    q.prepare(u"SELECT "_s + SlaState::sqlExpression(u"r"_s, u"c.now"_s) +
              u", r.resolution_due_at, r.expected_at FROM service_requests r CROSS JOIN "_s +
              SlaState::nowSubquery(database.isPostgres()) + u" c WHERE r.id = ?"_s);
    q.addBindValue(SqlValue::time(now));
    q.addBindValue(requestId);
    if (!q.exec())
        return Result<RequestSla>::failure(Database::errorText(q.lastError()));
    if (!q.next())
        return Result<RequestSla>::failure(
            QCoreApplication::translate("RequestSla", "Request #%1 does not exist.")
                .arg(requestId));
    RequestSla sla;
    sla.state = SlaState::fromKey(q.value(0).toString()).value_or(SlaState::Value::None);
    sla.firm = !q.value(1).isNull();
    sla.dueAt = SqlValue::toTime(sla.firm ? q.value(1) : q.value(2));
    return sla;
}
