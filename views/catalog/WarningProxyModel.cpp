#include "WarningProxyModel.h"

#include <QApplication>
#include <QStyle>

using namespace Qt::StringLiterals;

WarningProxyModel::WarningProxyModel(int iconNameRole, int activeRole, int kindRole, int idRole,
                                     QObject *parent)
    : IconProxyModel(iconNameRole, activeRole, parent)
    , m_kindRole(kindRole)
    , m_idRole(idRole)
{}

void WarningProxyModel::setWarnings(const QHash<QPair<int, qint64>, QString> &warnings)
{
    // Set right after each reload, before the views paint the new rows.
    m_warnings = warnings;
}

QString WarningProxyModel::warning(const QModelIndex &index) const
{
    if (m_warnings.isEmpty() || !index.isValid())
        return {};
    const auto key = qMakePair(index.data(m_kindRole).toInt(), index.data(m_idRole).toLongLong());
    return m_warnings.value(key);
}

QVariant WarningProxyModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole && role != Qt::ToolTipRole)
        return IconProxyModel::data(index, role);
    const QString text = warning(index);
    if (text.isEmpty())
        return IconProxyModel::data(index, role);

    if (role == Qt::DecorationRole)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QString tip = IconProxyModel::data(index, role).toString();
    return QString(u"<p><b>"_s + text.toHtmlEscaped() + u"</b></p>"_s + tip);
}
