#include "NotificationPanel.h"

#include "common/MessageBar.h"
#include "notifications/NotificationInbox.h"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Unread notifications in bold, as mail programs show them.
class UnreadDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->font.setBold(!index.data(NotificationInbox::ReadRole).toBool());
    }
};

} // namespace

NotificationPanel::NotificationPanel(NotificationInbox &inbox, QWidget *parent)
    : QWidget(parent)
    , m_inbox(inbox)
    , m_list(new QListView)
    , m_detail(new QLabel)
    , m_markAll(new QPushButton(tr("Mark All as Read")))
    , m_message(new MessageBar)
{
    setObjectName(u"notificationPanel"_s);
    m_list->setObjectName(u"notificationList"_s);
    m_list->setModel(&m_inbox);
    m_list->setItemDelegate(new UnreadDelegate(m_list));
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_detail->setObjectName(u"notificationDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_markAll->setObjectName(u"markAllReadButton"_s);

    connect(m_list, &QListView::activated, this, &NotificationPanel::open);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showDetail(current); });
    connect(m_markAll, &QPushButton::clicked, this, [this] {
        if (const Status marked = m_inbox.markAllRead(); !marked)
            m_message->showMessage(MessageBar::Kind::Error, marked.error());
    });
    connect(&m_inbox, &NotificationInbox::unreadCountChanged, this,
            &NotificationPanel::updateButtons);
    connect(&m_inbox, &QAbstractItemModel::modelReset, this, [this] { showDetail({}); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_detail, 1);
    layout->addWidget(m_markAll, 0, Qt::AlignRight);
    updateButtons();
    showDetail({});
}

void NotificationPanel::showDetail(const QModelIndex &index)
{
    if (!index.isValid()) {
        m_detail->setText(m_inbox.rowCount() == 0 ? tr("No notifications.") : QString());
        return;
    }
    m_detail->setText(index.data(NotificationInbox::SubjectRole).toString() + u"\n\n"_s +
                      index.data(NotificationInbox::BodyRole).toString());
    // Read once looked at, as in mail programs.
    m_inbox.markRead(index.data(NotificationInbox::IdRole).toLongLong());
}

void NotificationPanel::open(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_inbox.markRead(index.data(NotificationInbox::IdRole).toLongLong());
    const qint64 request = index.data(NotificationInbox::RequestIdRole).toLongLong();
    if (request > 0)
        emit requestActivated(request);
}

void NotificationPanel::updateButtons()
{
    m_markAll->setEnabled(m_inbox.unreadCount() > 0);
}
