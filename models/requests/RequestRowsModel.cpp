#include "RequestRowsModel.h"

#include "Logging.h"

#include <QScopedValueRollback>
#include <QSet>

using namespace Qt::StringLiterals;

RequestRowsModel::RequestRowsModel(const Database &database, const Session *session,
                                   QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_session(session)
{}

QDateTime RequestRowsModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void RequestRowsModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
    {
        const QScopedValueRollback changing(m_changing, true);
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
    refresh();
}

int RequestRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool RequestRowsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void RequestRowsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const auto window = select(int(m_rows.size()), m_pageSize);
    if (!window) {
        m_atEnd = true;
        fail(window.error());
        return;
    }
    m_atEnd = window->size() < m_pageSize;
    // A request added since the last window shifts the offsets by one:
    // what is already listed is not listed twice.
    QSet<qint64> listed;
    for (const RequestRow &row : std::as_const(m_rows))
        listed.insert(row.id);
    QList<RequestRow> newRows;
    for (const RequestRow &row : *window) {
        if (!listed.contains(row.id))
            newRows.append(row);
    }
    if (newRows.isEmpty())
        return;
    const QScopedValueRollback changing(m_changing, true);
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + newRows.size() - 1));
    m_rows.append(newRows);
    endInsertRows();
}

int RequestRowsModel::rowOf(qint64 requestId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == requestId)
            return row;
    }
    return -1;
}

int RequestRowsModel::loadUntil(qint64 requestId)
{
    int row = rowOf(requestId);
    while (row < 0 && canFetchMore({})) {
        fetchMore({});
        row = rowOf(requestId);
    }
    return row;
}

void RequestRowsModel::refresh()
{
    const int wanted = qMax(m_pageSize, int(m_rows.size()));
    const auto fresh = select(0, wanted);
    if (!fresh) {
        fail(fresh.error());
        return;
    }
    m_errorText.clear();
    {
        const QScopedValueRollback changing(m_changing, true);
        replaceRows(*fresh);
    }
    m_atEnd = fresh->size() < wanted;
}

void RequestRowsModel::fail(const QString &message)
{
    qCWarning(lcRequests).noquote() << "request list not read:" << message;
    m_errorText = message;
    emit loadFailed(message);
}

// In three steps that views follow without losing their place: the gone
// rows are removed where they stand (so that a view moves its current row
// to their neighbour), the others move to their new order, then the new
// ones are inserted where they belong.
void RequestRowsModel::replaceRows(const QList<RequestRow> &fresh)
{
    QSet<qint64> freshIds;
    for (const RequestRow &row : fresh)
        freshIds.insert(row.id);
    QSet<qint64> oldIds;
    for (const RequestRow &row : std::as_const(m_rows))
        oldIds.insert(row.id);

    removeGone(freshIds);
    reorderSurvivors(fresh, oldIds);
    insertNewcomers(fresh, oldIds);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

// From the bottom up, a run of neighbours at a time.
void RequestRowsModel::removeGone(const QSet<qint64> &freshIds)
{
    int end = int(m_rows.size()) - 1;
    while (end >= 0) {
        if (freshIds.contains(m_rows.at(end).id)) {
            --end;
            continue;
        }
        int start = end;
        while (start > 0 && !freshIds.contains(m_rows.at(start - 1).id))
            --start;
        beginRemoveRows({}, start, end);
        m_rows.remove(start, end - start + 1);
        endRemoveRows();
        end = start - 1;
    }
}

void RequestRowsModel::reorderSurvivors(const QList<RequestRow> &fresh, const QSet<qint64> &oldIds)
{
    QHash<qint64, int> oldRows;
    for (int row = 0; row < m_rows.size(); ++row)
        oldRows.insert(m_rows.at(row).id, row);
    QList<RequestRow> ordered;
    for (const RequestRow &row : fresh) {
        if (oldIds.contains(row.id))
            ordered.append(m_rows.at(oldRows.value(row.id)));
    }
    bool sameOrder = true;
    for (int row = 0; row < ordered.size() && sameOrder; ++row)
        sameOrder = ordered.at(row).id == m_rows.at(row).id;
    if (sameOrder)
        return;

    emit layoutAboutToBeChanged();
    QHash<qint64, int> newRows;
    for (int row = 0; row < ordered.size(); ++row)
        newRows.insert(ordered.at(row).id, row);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    for (const QModelIndex &index : before)
        after.append(createIndex(newRows.value(m_rows.at(index.row()).id), index.column()));
    m_rows = ordered;
    changePersistentIndexList(before, after);
    emit layoutChanged();
}

// The survivors are already in their new order: each run of new requests
// goes in at its place among them.
void RequestRowsModel::insertNewcomers(const QList<RequestRow> &fresh, const QSet<qint64> &oldIds)
{
    int row = 0;
    while (row < fresh.size()) {
        if (oldIds.contains(fresh.at(row).id)) {
            m_rows[row] = fresh.at(row);
            ++row;
            continue;
        }
        int end = row;
        while (end < fresh.size() && !oldIds.contains(fresh.at(end).id))
            ++end;
        beginInsertRows({}, row, end - 1);
        for (int newRow = row; newRow < end; ++newRow)
            m_rows.insert(newRow, fresh.at(newRow));
        endInsertRows();
        row = end;
    }
}

Qt::ItemFlags RequestRowsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant RequestRowsModel::commonData(const RequestRow &row, int role) const
{
    switch (role) {
    case IdRole:
        return row.id;
    case TrackingNumberRole:
        return row.trackingNumber;
    case StatusRole:
        return RequestStatus::key(row.status);
    case RowVersionRole:
        return row.rowVersion;
    case SlaStateRole:
        return SlaState::key(row.slaState);
    default:
        return {};
    }
}

QHash<int, QByteArray> RequestRowsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "requestId");
    names.insert(TrackingNumberRole, "trackingNumber");
    names.insert(StatusRole, "status");
    names.insert(RowVersionRole, "rowVersion");
    names.insert(SlaStateRole, "slaState");
    names.insert(SortValueRole, "sortValue");
    return names;
}
