#include "CatalogHistoryView.h"

#include "catalog/CatalogChangeText.h"
#include "catalog/CatalogStore.h"
#include "common/MessageBar.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum Column
{
    WhenColumn,
    WhoColumn,
    WhatColumn,
    ColumnCount
};

} // namespace

CatalogHistoryView::CatalogHistoryView(CatalogStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_messageBar(new MessageBar(this))
    , m_emptyLabel(new QLabel(tr("No change has been recorded for this item yet."), this))
    , m_list(new QTreeWidget(this))
{
    m_emptyLabel->setObjectName(u"catalogHistoryEmpty"_s);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false);
    m_list->setObjectName(u"catalogHistoryList"_s);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("When"), tr("Who"), tr("What")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(false);
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->header()->setSectionResizeMode(WhenColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(WhoColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_list, 1);

    connect(&m_store, &CatalogStore::catalogChanged, this, &CatalogHistoryView::reload);
    clearItem();
}

void CatalogHistoryView::setItem(CatalogChange::Kind kind, qint64 id)
{
    m_kind = kind;
    m_id = id;
    reload();
}

int CatalogHistoryView::changeCount() const
{
    return m_list->topLevelItemCount();
}

void CatalogHistoryView::reload()
{
    m_messageBar->clearMessage();
    if (m_id <= 0) {
        showChanges({});
        return;
    }

    const auto changes = m_store.history(m_kind, m_id);
    if (!changes) {
        showChanges({});
        m_messageBar->showMessage(MessageBar::Kind::Error, changes.error());
        return;
    }
    showChanges(*changes);
}

void CatalogHistoryView::showChanges(const QList<CatalogChange> &changes)
{
    m_list->clear();
    m_emptyLabel->setVisible(changes.isEmpty());
    m_list->setVisible(!changes.isEmpty());
    if (changes.isEmpty())
        return;

    const auto text = CatalogChangeText::load(m_store);
    if (!text) {
        m_messageBar->showMessage(MessageBar::Kind::Error, text.error());
        return;
    }

    // Newest first: what an administrator looks for is the last change.
    const QLocale locale;
    for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
        QStringList lines{CatalogChangeText::actionText(it->action)};
        lines << text->lines(*it);
        const QString what = lines.join(u'\n');
        // The history stores "system" for changes made without a session.
        const bool system = it->actorId == 0 && it->actorName == u"system"_s;
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(WhenColumn,
                      locale.toString(it->changedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(WhoColumn, system ? tr("System") : it->actorName);
        item->setText(WhatColumn, what);
        item->setToolTip(WhatColumn, what);
    }
}
