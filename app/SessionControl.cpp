#include "SessionControl.h"

#include "AppSettings.h"
#include "Logging.h"
#include "common/IconLibrary.h"
#include "notifications/NotificationInbox.h"
#include "notifications/NotificationPanel.h"
#include "people/PeopleStore.h"
#include "people/PersonChooserDialog.h"
#include "people/SessionStart.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

// New notifications come from the same program (SQLite) or another desktop
// and the worker (PostgreSQL); half a minute is soon enough for a notice.
constexpr std::chrono::seconds refreshInterval{30};

} // namespace

SessionControl::SessionControl(const Database &database, const DatabaseUrl &url,
                               QMainWindow *window)
    : QObject(window)
    , m_database(database)
    , m_url(url)
    , m_window(window)
    , m_inbox(std::make_unique<NotificationInbox>(database))
    , m_refresh(new QTimer(this))
{
    createStatusWidgets();
    connect(m_inbox.get(), &NotificationInbox::unreadCountChanged, this,
            &SessionControl::unreadCountChanged);
    connect(m_refresh, &QTimer::timeout, this, &SessionControl::refreshNotifications);
    m_refresh->start(refreshInterval);
}

SessionControl::~SessionControl()
{
    // The dock's panel shows the inbox: it goes first.
    delete m_dock;
    delete m_personButton;
    delete m_notificationsButton;
}

void SessionControl::createStatusWidgets()
{
    m_personButton = new QToolButton;
    m_personButton->setObjectName(u"signedInButton"_s);
    m_personButton->setAutoRaise(true);
    m_personButton->setToolTip(tr("Act as another person"));
    connect(m_personButton, &QToolButton::clicked, this, &SessionControl::switchPerson);

    m_notificationsButton = new QToolButton;
    m_notificationsButton->setObjectName(u"notificationsButton"_s);
    m_notificationsButton->setAutoRaise(true);
    m_notificationsButton->setCheckable(true);
    m_notificationsButton->setIcon(IconLibrary::icon(u"mail"_s));
    m_notificationsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_notificationsButton, &QToolButton::clicked, this,
            &SessionControl::toggleNotifications);
    m_window->statusBar()->addPermanentWidget(m_notificationsButton);
    m_window->statusBar()->addPermanentWidget(m_personButton);

    m_panel = new NotificationPanel(*m_inbox);
    connect(m_panel, &NotificationPanel::requestActivated, this, &SessionControl::requestActivated);
    m_dock = new QDockWidget(tr("Notifications"), m_window);
    m_dock->setObjectName(u"notificationsDock"_s);
    m_dock->setWidget(m_panel);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    connect(m_dock, &QDockWidget::visibilityChanged, m_notificationsButton,
            &QToolButton::setChecked);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(IconLibrary::icon(u"service"_s), this);
        m_tray->setToolTip(tr("KaliaOps Service Catalog"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            m_window->raise();
            m_window->activateWindow();
            m_dock->show();
        });
        m_tray->show();
    }
    unreadCountChanged(0);
}

Status SessionControl::signInAtStart()
{
    const qint64 remembered = AppSettings::signedInPerson(m_url.toDisplayString());
    const auto person = SessionStart::choose(m_database, remembered, SessionStart::systemLogin(),
                                             qEnvironmentVariable("KALIAOPS_FULL_NAME"));
    if (!person)
        return Status::from(person);
    signIn(*person);
    return {};
}

void SessionControl::signIn(const Person &person)
{
    m_session = Session(person);
    AppSettings::setSignedInPerson(m_url.toDisplayString(), person.id);
    m_personButton->setText(tr("Signed in as %1").arg(person.displayName));
    m_inbox->setRecipient(person.id);
    m_lastUnread = m_inbox->unreadCount();
    qCInfo(lcApp).noquote() << "signed in as" << person.login;
    emit sessionChanged();
}

void SessionControl::switchPerson()
{
    const auto people = PeopleStore(m_database).people();
    if (!people)
        return;
    PersonChooserDialog dialog(*people, m_session.personId(), m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.person().id == 0)
        return;
    signIn(dialog.person());
}

void SessionControl::toggleNotifications()
{
    m_dock->setVisible(!m_dock->isVisible());
}

void SessionControl::refreshNotifications()
{
    m_inbox->refresh();
}

void SessionControl::unreadCountChanged(int count)
{
    m_notificationsButton->setText(count > 0 ? tr("%n unread", nullptr, count)
                                             : tr("Notifications"));
    // A notice for what arrived since last time, not for what was there.
    if (m_tray && count > m_lastUnread && m_inbox->rowCount() > 0) {
        const QModelIndex newest = m_inbox->index(0);
        m_tray->showMessage(newest.data(NotificationInbox::SubjectRole).toString(),
                            newest.data(NotificationInbox::BodyRole).toString());
    }
    m_lastUnread = count;
}
