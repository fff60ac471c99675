#include "IconProxyModel.h"

#include "IconLibrary.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

IconProxyModel::IconProxyModel(int iconNameRole, int activeRole, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_iconNameRole(iconNameRole)
    , m_activeRole(activeRole)
{}

bool IconProxyModel::isInactive(const QModelIndex &index) const
{
    const QVariant active = QIdentityProxyModel::data(index, m_activeRole);
    return active.isValid() && !active.toBool();
}

QVariant IconProxyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};

    switch (role) {
    case Qt::DecorationRole:
        if (index.column() != 0)
            break;
        return IconLibrary::icon(QIdentityProxyModel::data(index, m_iconNameRole).toString(),
                                 m_fallbackIcon);
    case Qt::ForegroundRole:
        if (isInactive(index))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::FontRole:
        if (isInactive(index)) {
            QFont font = QIdentityProxyModel::data(index, role).value<QFont>();
            font.setItalic(true);
            return font;
        }
        break;
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}
