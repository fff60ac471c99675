#pragma once

#include <QWidget>

class MessageBar;
class NotificationInbox;
class QLabel;
class QListView;
class QPushButton;

// The signed-in person's notifications, newest first, unread in bold.
// Opening one marks it read and asks to show its request.
class NotificationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NotificationPanel(NotificationInbox &inbox, QWidget *parent = nullptr);

signals:
    void requestActivated(qint64 requestId);

private:
    void open(const QModelIndex &index);
    void showDetail(const QModelIndex &index);
    void updateButtons();

    NotificationInbox &m_inbox;
    QListView *m_list = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_markAll = nullptr;
    MessageBar *m_message = nullptr;
};
