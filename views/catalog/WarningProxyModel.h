#pragma once

#include "common/IconProxyModel.h"

#include <QHash>

// The editor's tree: icons and muted inactive rows as IconProxyModel draws
// them, plus a warning sign and tooltip on the items that can go wrong.
class WarningProxyModel : public IconProxyModel
{
    Q_OBJECT

public:
    WarningProxyModel(int iconNameRole, int activeRole, int kindRole, int idRole,
                      QObject *parent = nullptr);

    // Warnings keyed by (kind, id) as the source model's roles give them.
    void setWarnings(const QHash<QPair<int, qint64>, QString> &warnings);
    QString warning(const QModelIndex &index) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int m_kindRole;
    int m_idRole;
    QHash<QPair<int, qint64>, QString> m_warnings;
};
