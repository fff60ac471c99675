#pragma once

#include <QIdentityProxyModel>

// Presents a model that stays free of QtGui: turns its icon-name role into
// DecorationRole (through IconLibrary) and shows the rows its active role
// marks inactive in a muted, italic face.
class IconProxyModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    IconProxyModel(int iconNameRole, int activeRole, QObject *parent = nullptr);

    // The icon shown when a name is unknown.
    void setFallbackIcon(const QString &name) { m_fallbackIcon = name; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    bool isInactive(const QModelIndex &index) const;

    int m_iconNameRole;
    int m_activeRole;
    QString m_fallbackIcon;
};
