#include "MyRequestsModel.h"

#include "people/Session.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString closedKeys()
{
    QStringList keys;
    for (const RequestStatus::Value status : RequestStatus::all()) {
        if (RequestStatus::isClosed(status))
            keys << u"'%1'"_s.arg(RequestStatus::key(status));
    }
    return keys.join(u", "_s);
}

// The workflow's order, rather than the keys' alphabet.
QString statusOrder()
{
    QString cases;
    const auto &all = RequestStatus::all();
    for (int i = 0; i < all.size(); ++i)
        cases += u" WHEN '%1' THEN %2"_s.arg(RequestStatus::key(all.at(i))).arg(i);
    return u"CASE r.status"_s + cases + u" END"_s;
}

QString dateTimeText(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

// The day is enough in the list; the tooltip has the time.
QString dateText(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat)
                          : QString();
}

} // namespace

MyRequestsModel::MyRequestsModel(const Database &database, const Session *session, QObject *parent)
    : RequestRowsModel(database, session, parent)
{
    refresh();
}

void MyRequestsModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void MyRequestsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

QString MyRequestsModel::filterSql() const
{
    switch (m_filter) {
    case Filter::Open:
        return u" AND r.status NOT IN (%1)"_s.arg(closedKeys());
    case Filter::Closed:
        return u" AND r.status IN (%1)"_s.arg(closedKeys());
    case Filter::All:
        break;
    }
    return {};
}

QString MyRequestsModel::orderSql() const
{
    const QString direction = m_sortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    QString key;
    switch (m_sortColumn) {
    case TrackingColumn:
        return u" ORDER BY r.id "_s + direction;
    case ServiceColumn:
        key = u"s.name"_s;
        break;
    case StatusColumn:
        key = statusOrder();
        break;
    case DueColumn:
        // Requests without a date last, in either direction.
        // (PostgreSQL takes no output alias inside an expression.)
        key = u"COALESCE(r.resolution_due_at, r.expected_at)"_s;
        return u" ORDER BY CASE WHEN %1 IS NULL THEN 1 ELSE 0 END, %1 %2, r.id %2"_s.arg(key,
                                                                                         direction);
    case UpdatedColumn:
        key = u"last_update"_s;
        break;
    default:
        key = u"r.created_at"_s;
        break;
    }
    return u" ORDER BY "_s + key + u' ' + direction + u", r.id "_s + direction;
}

Result<QList<RequestRow>> MyRequestsModel::select(int offset, int limit) const
{
    using R = Result<QList<RequestRow>>;
    if (!session() || !session()->isSignedIn())
        return QList<RequestRow>();
    const QString lastComment = u"(SELECT MAX(m.created_at) FROM comments m "
                                "WHERE m.request_id = r.id AND m.visibility = 'external')"_s;
    const QString lastUpdate =
        database().isPostgres()
            ? u"GREATEST(r.updated_at, %1)"_s.arg(lastComment)
            : u"MAX(r.updated_at, COALESCE(%1, r.updated_at))"_s.arg(lastComment);
    QSqlQuery q = database().query();
    q.prepare(u"SELECT r.id, r.tracking_number, r.service_id, s.name, r.status, r.row_version, "
              "r.created_at, %1 AS last_update, COALESCE(r.resolution_due_at, r.expected_at) "
              "AS due_at, r.resolution_due_at IS NOT NULL, %2 FROM service_requests r "
              "JOIN services s ON s.id = r.service_id CROSS JOIN %3 c "
              "WHERE r.requester_id = ?"_s.arg(lastUpdate,
                                               SlaState::sqlExpression(u"r"_s, u"c.now"_s),
                                               SlaState::nowSubquery(database().isPostgres())) +
              filterSql() + orderSql() + u" LIMIT ? OFFSET ?"_s);
    q.addBindValue(SqlValue::time(now()));
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
        row.status = RequestStatus::fromKey(q.value(4).toString()).value_or(row.status);
        row.rowVersion = q.value(5).toInt();
        row.createdAt = SqlValue::toTime(q.value(6));
        row.updatedAt = SqlValue::toTime(q.value(7));
        row.dueAt = SqlValue::toTime(q.value(8));
        row.firm = q.value(9).toBool();
        row.slaState = SlaState::fromKey(q.value(10).toString()).value_or(row.slaState);
        rows.append(row);
    }
    return rows;
}

int MyRequestsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MyRequestsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestRow &row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case SortValueRole:
        return sortValue(row, index.column());
    default:
        return commonData(row, role);
    }
}

QVariant MyRequestsModel::displayData(const RequestRow &row, int column) const
{
    switch (column) {
    case TrackingColumn:
        return row.trackingNumber;
    case ServiceColumn:
        return row.serviceName;
    case StatusColumn:
        return RequestStatus::text(row.status);
    case CreatedColumn:
        return dateText(row.createdAt);
    case DueColumn:
        return dueText(row);
    case UpdatedColumn:
        return dateText(row.updatedAt);
    default:
        return {};
    }
}

// Due dates keep their time: a target measured in business hours is.
QString MyRequestsModel::dueText(const RequestRow &row)
{
    if (row.status == RequestStatus::Value::Rejected ||
        row.status == RequestStatus::Value::Cancelled)
        return u"—"_s;
    return row.dueAt.isValid() ? dateTimeText(row.dueAt) : tr("Not yet");
}

QVariant MyRequestsModel::toolTip(const RequestRow &row, int column)
{
    switch (column) {
    case CreatedColumn:
        return dateTimeText(row.createdAt);
    case UpdatedColumn:
        return dateTimeText(row.updatedAt);
    case DueColumn:
        if (row.status == RequestStatus::Value::PendingApproval)
            return tr("The date is set once the request is approved.");
        if (!row.dueAt.isValid() || dueText(row) == u"—"_s)
            return {};
        return row.firm ? tr("Due date: %1").arg(SlaState::text(row.slaState))
                        : tr("Expected date (an estimate): %1").arg(SlaState::text(row.slaState));
    default:
        return {};
    }
}

QVariant MyRequestsModel::sortValue(const RequestRow &row, int column)
{
    switch (column) {
    case TrackingColumn:
        return row.id;
    case ServiceColumn:
        return row.serviceName;
    case StatusColumn:
        return int(row.status);
    case CreatedColumn:
        return row.createdAt;
    case DueColumn:
        return row.dueAt;
    case UpdatedColumn:
        return row.updatedAt;
    default:
        return {};
    }
}

QVariant MyRequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::InitialSortOrderRole)
        return int(section >= CreatedColumn && section != DueColumn ? Qt::DescendingOrder
                                                                    : Qt::AscendingOrder);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TrackingColumn:
        return tr("Number");
    case ServiceColumn:
        return tr("Service");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Submitted");
    case DueColumn:
        return tr("Due or expected");
    case UpdatedColumn:
        return tr("Last update");
    default:
        return {};
    }
}
