#include "ApprovalInbox.h"

#include "catalog/ServiceTable.h"
#include "people/Session.h"
#include "sla/SlaCommitment.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

ApprovalInbox::ApprovalInbox(const Database &database, const Session *session, QObject *parent)
    : RequestRowsModel(database, session, parent)
{
    refresh();
}

QString ApprovalInbox::waitingText(qint64 seconds)
{
    const qint64 minutes = qMax<qint64>(0, seconds) / 60;
    if (minutes < 60)
        return tr("%n minute(s)", nullptr, int(minutes));
    if (minutes < 24 * 60)
        return tr("%n hour(s)", nullptr, int(minutes / 60));
    return tr("%n day(s)", nullptr, int(minutes / (24 * 60)));
}

Result<QList<RequestRow>> ApprovalInbox::select(int offset, int limit) const
{
    using R = Result<QList<RequestRow>>;
    if (!session() || !session()->isSignedIn())
        return QList<RequestRow>();
    // Catalog admins stand in for a rule that found nobody, and only then.
    const QString standIn =
        session()->hasRole(Person::Role::CatalogAdmin)
            ? u" OR (r.approver_id IS NULL AND EXISTS (SELECT 1 FROM request_events e "
              "WHERE e.request_id = r.id AND e.kind = 'approval_requested'))"_s
            : QString();
    QSqlQuery q = database().query();
    q.prepare(u"SELECT r.id, r.tracking_number, r.service_id, s.name, p.display_name, "
              "r.row_version, r.created_at FROM service_requests r "
              "JOIN services s ON s.id = r.service_id JOIN people p ON p.id = r.requester_id "
              "WHERE r.status = ? AND r.requester_id <> ? AND (r.approver_id = ?"_s +
              standIn + u") ORDER BY r.created_at, r.id LIMIT ? OFFSET ?"_s);
    q.addBindValue(RequestStatus::key(RequestStatus::Value::PendingApproval));
    q.addBindValue(session()->personId());
    q.addBindValue(session()->personId());
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return R::failure(Database::errorText(q.lastError()));
    QList<RequestRow> rows;
    while (q.next()) {
        RequestRow row;
        row.id = q.value(0).toLongLong();
        row.trackingNumber = q.value(1).toString();
        row.serviceId = q.value(2).toLongLong();
        row.serviceName = q.value(3).toString();
        row.requesterName = q.value(4).toString();
        row.rowVersion = q.value(5).toInt();
        row.createdAt = SqlValue::toTime(q.value(6));
        row.status = RequestStatus::Value::PendingApproval;
        rows.append(row);
    }
    q.finish();
    m_commitments.clear();
    for (RequestRow &row : rows)
        row.commitment = commitmentOf(row.serviceId);
    return rows;
}

QString ApprovalInbox::commitmentOf(qint64 serviceId) const
{
    if (const auto known = m_commitments.constFind(serviceId); known != m_commitments.constEnd())
        return *known;
    QString text;
    if (const auto service = ServiceTable(database()).byId(serviceId)) {
        const auto commitment = SlaCommitment::forService(database(), *service);
        text = commitment ? *commitment : QString();
    }
    if (text.isEmpty())
        text = tr("No commitment");
    m_commitments.insert(serviceId, text);
    return text;
}

int ApprovalInbox::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApprovalInbox::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestRow &row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == SubmittedColumn)
            return QLocale().toString(row.createdAt.toLocalTime(), QLocale::ShortFormat);
        if (index.column() == CostOfDelayColumn)
            return tr("What the service promises once approved: every hour of waiting for "
                      "the decision comes on top.");
        return {};
    case SortValueRole:
        if (index.column() == WaitingColumn)
            return row.createdAt.secsTo(now());
        return displayData(row, index.column());
    default:
        return commonData(row, role);
    }
}

QVariant ApprovalInbox::displayData(const RequestRow &row, int column) const
{
    switch (column) {
    case TrackingColumn:
        return row.trackingNumber;
    case RequesterColumn:
        return row.requesterName;
    case ServiceColumn:
        return row.serviceName;
    case SubmittedColumn:
        return QLocale().toString(row.createdAt.toLocalTime().date(), QLocale::ShortFormat);
    case WaitingColumn:
        return waitingText(row.createdAt.secsTo(now()));
    case CostOfDelayColumn:
        return row.commitment;
    default:
        return {};
    }
}

QVariant ApprovalInbox::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TrackingColumn:
        return tr("Number");
    case RequesterColumn:
        return tr("Requester");
    case ServiceColumn:
        return tr("Service");
    case SubmittedColumn:
        return tr("Submitted");
    case WaitingColumn:
        return tr("Waiting");
    case CostOfDelayColumn:
        return tr("Cost of delay");
    default:
        return {};
    }
}
