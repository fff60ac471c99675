#pragma once

#include "RequestRowsModel.h"

// The signed-in person's own requests, newest first: tracking number,
// service, status, creation, the due (or expected) date and the last update
// (a move or an external comment). Filtered by open or closed status and
// sorted in SQL, read a window at a time (see RequestRowsModel), so that a
// person with thousands of requests costs little.
//
// Roles: those of RequestRowsModel on every column; Qt::ToolTipRole gives
// the full date and time of the dates, and the due date's SLA state in words.
class MyRequestsModel : public RequestRowsModel
{
    Q_OBJECT

public:
    enum Column
    {
        TrackingColumn,
        ServiceColumn,
        StatusColumn,
        CreatedColumn,
        DueColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum class Filter
    {
        Open,   // not done, rejected or cancelled
        Closed, // done, rejected or cancelled
        All
    };

    MyRequestsModel(const Database &database, const Session *session, QObject *parent = nullptr);

    Filter filter() const { return m_filter; }
    void setFilter(Filter filter);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Sorts in SQL; the rows keep their selection.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    Result<QList<RequestRow>> select(int offset, int limit) const override;

private:
    QString filterSql() const;
    QString orderSql() const;
    QVariant displayData(const RequestRow &row, int column) const;
    static QVariant sortValue(const RequestRow &row, int column);
    static QString dueText(const RequestRow &row);
    static QVariant toolTip(const RequestRow &row, int column);

    Filter m_filter = Filter::All;
    int m_sortColumn = CreatedColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};
