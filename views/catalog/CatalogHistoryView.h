#pragma once

#include "catalog/CatalogChange.h"

#include <QWidget>

class CatalogStore;
class MessageBar;
class QLabel;
class QTreeWidget;

// The history of one category or service: when, who, and what changed, in
// words ("Name: VPN → VPN access"), newest first. Follows the store, so a
// change saved elsewhere shows at once.
class CatalogHistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogHistoryView(CatalogStore &store, QWidget *parent = nullptr);

    // Shows the history of one item; an id of 0 shows nothing.
    void setItem(CatalogChange::Kind kind, qint64 id);
    void clearItem() { setItem(CatalogChange::Kind::Category, 0); }
    void reload();

    int changeCount() const;

private:
    void showChanges(const QList<CatalogChange> &changes);

    CatalogStore &m_store;
    CatalogChange::Kind m_kind = CatalogChange::Kind::Category;
    qint64 m_id = 0;
    MessageBar *m_messageBar = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QTreeWidget *m_list = nullptr;
};
