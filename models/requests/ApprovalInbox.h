#pragma once

#include "RequestRowsModel.h"

// The requests waiting for the signed-in person's decision, oldest first:
// those they are the approver of, and, for a catalog admin, those sent for
// approval when the service's rule found nobody. Never the person's own.
// Columns: tracking number, requester, service, submission, the time it has
// waited, and the cost of delay: what the service promises once approved
// (its SLA commitment or estimate), which every hour of waiting pushes back.
//
// Roles: those of RequestRowsModel on every column (RowVersionRole is the
// expectedVersion of a decision); SortValueRole on the waiting time gives
// the seconds waited.
class ApprovalInbox : public RequestRowsModel
{
    Q_OBJECT

public:
    enum Column
    {
        TrackingColumn,
        RequesterColumn,
        ServiceColumn,
        SubmittedColumn,
        WaitingColumn,
        CostOfDelayColumn,
        ColumnCount
    };

    ApprovalInbox(const Database &database, const Session *session, QObject *parent = nullptr);

    // "3 days", "5 hours", "12 minutes": the largest whole unit.
    static QString waitingText(qint64 seconds);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Result<QList<RequestRow>> select(int offset, int limit) const override;

private:
    QString commitmentOf(qint64 serviceId) const;
    QVariant displayData(const RequestRow &row, int column) const;

    mutable QHash<qint64, QString> m_commitments; // by service, for one refresh
};
