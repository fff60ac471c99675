#pragma once

#include "people/Session.h"
#include "storage/DatabaseUrl.h"
#include "storage/Result.h"

#include <QObject>
#include <memory>

class Database;
class NotificationInbox;
class NotificationPanel;
class QDockWidget;
class QMainWindow;
class QSystemTrayIcon;
class QTimer;
class QToolButton;

// Who the window acts for, and what reaches them: signs in at start (the
// person of last time, else the operating-system user, made administrator
// on a first start), switches person on demand, and keeps the person's
// notifications in a dock with an unread count in the status bar and, when
// the desktop has a tray, a notice for each new one. Every store gets the
// one Session this object holds.
class SessionControl : public QObject
{
    Q_OBJECT

public:
    SessionControl(const Database &database, const DatabaseUrl &url, QMainWindow *window);
    ~SessionControl() override;

    Status signInAtStart();
    const Session &session() const { return m_session; }
    NotificationInbox &inbox() { return *m_inbox; }

    void switchPerson();
    void toggleNotifications();
    // Reads the inbox again: after a pass of the background jobs, say.
    void refreshNotifications();

signals:
    void sessionChanged();
    void requestActivated(qint64 requestId);

private:
    void signIn(const Person &person);
    void createStatusWidgets();
    void unreadCountChanged(int count);

    const Database &m_database;
    DatabaseUrl m_url;
    QMainWindow *m_window;
    Session m_session;
    std::unique_ptr<NotificationInbox> m_inbox;
    QDockWidget *m_dock = nullptr;
    NotificationPanel *m_panel = nullptr;
    QToolButton *m_personButton = nullptr;
    QToolButton *m_notificationsButton = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_refresh = nullptr;
    int m_lastUnread = 0;
};
