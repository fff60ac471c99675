#pragma once

#include <QAbstractListModel>
#include <QHash>

class Database;
class Service;
class ServiceSearch;

// The services a requester is looking at (a category's, or a search's
// results), one row each, with what a card shows. Free of QtGui: the icon
// comes as a name. Texts are worked out when a card is painted, so that
// twenty thousand results cost nothing until they are seen.
class ServiceCardModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole, // qint64
        SummaryRole,           // QString: the description's first sentence, plain text
        CommitmentRole,        // QString: the SLA commitment, else the estimate, or empty
        RequiresApprovalRole,  // bool
        IconNameRole,          // QString: the service's icon, else its category's
        CategoryNameRole,      // QString
    };

    // The search index holds the services; the database, their SLA policies.
    ServiceCardModel(const ServiceSearch &search, const Database &database,
                     QObject *parent = nullptr);

    // Shows these services, in this order; unknown ids are skipped.
    void setServiceIds(const QList<qint64> &ids);
    QList<qint64> serviceIds() const { return m_ids; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString commitment(const Service &service) const;
    QString iconName(const Service &service) const;

    const ServiceSearch &m_search;
    const Database &m_database;
    QList<qint64> m_ids;
    // A policy's commitment is the same for all its services: read once.
    mutable QHash<qint64, QString> m_policyCommitments;
};
