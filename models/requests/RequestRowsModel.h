#pragma once

#include "RequestRow.h"
#include "storage/Result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <functional>

class Database;
class Session;

// The base of the request lists: rows read from SQL a window at a time
// (canFetchMore/fetchMore), so that a list over thousands of requests reads
// only what the view shows, and refresh() that reads them again while
// selections and other persistent indexes follow each request by its id.
// Subclasses give the columns and the query of one window.
class RequestRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The roles every request list answers, on every column.
    enum Role
    {
        IdRole = Qt::UserRole + 1, // qint64: the request's id
        TrackingNumberRole,        // QString: "REQ-000042"
        StatusRole,                // QString: the status key ("pending_approval")
        RowVersionRole,            // int: the row version the list read, for expectedVersion
        SlaStateRole,              // QString: the SlaState key of the due date
        SortValueRole,             // the column's raw value (a QDateTime for dates)
    };

    RequestRowsModel(const Database &database, const Session *session, QObject *parent = nullptr);

    // The time SLA states and waiting times are measured at; tests fix it.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // Rows per window, 100 unless a test wants smaller windows; the list
    // starts again from its first window.
    void setPageSize(int rows);

    // Reads the loaded rows again (at least one window) in place.
    void refresh();
    // The message of the last failed read, or empty.
    QString errorText() const { return m_errorText; }

    const RequestRow &rowAt(int row) const { return m_rows.at(row); }
    // The row of a loaded request, -1 when it is not (yet) in the list.
    int rowOf(qint64 requestId) const;
    // Loads windows until the request is in the list; -1 when it never is.
    int loadUntil(qint64 requestId);

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // After a refresh or a window that failed to read.
    void loadFailed(const QString &message);

protected:
    // The rows from offset, at most limit, in the list's order.
    virtual Result<QList<RequestRow>> select(int offset, int limit) const = 0;
    // The roles of the base, or an invalid QVariant for the others.
    QVariant commonData(const RequestRow &row, int role) const;

    const Database &database() const { return m_database; }
    const Session *session() const { return m_session; }
    QDateTime now() const;

private:
    void replaceRows(const QList<RequestRow> &fresh);
    void removeGone(const QSet<qint64> &freshIds);
    void reorderSurvivors(const QList<RequestRow> &fresh, const QSet<qint64> &oldIds);
    void insertNewcomers(const QList<RequestRow> &fresh, const QSet<qint64> &oldIds);
    void fail(const QString &message);

    const Database &m_database;
    const Session *m_session = nullptr;
    std::function<QDateTime()> m_clock;
    QList<RequestRow> m_rows;
    QString m_errorText;
    int m_pageSize = 100;
    bool m_atEnd = true;
    // While rows change: a view (or a model tester) asking for more on
    // rowsInserted must wait until the change is complete.
    bool m_changing = false;
};
