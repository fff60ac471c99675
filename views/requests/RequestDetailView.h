#pragma once

#include "RequestAttachmentsPanel.h"
#include "requests/RequestSummary.h"

#include <QWidget>

class Database;
class EmptyState;
class FormAnswerView;
class MessageBar;
class PeopleStore;
class QLabel;
class QStackedWidget;
class QTabWidget;
class RequestActivityView;
class RequestHeader;
class RequestStore;
class RequestWorkflow;
class Session;

// One request as the person who asked for it follows it: the tracking
// number, service, status and due date; the timeline with the comments the
// person may read and a reply box; the answers, with the form version they
// were given against; the attachments. Cancel request is offered while the
// workflow allows it and the signed-in person is the requester; refusals
// show in a message bar above.
class RequestDetailView : public QWidget
{
    Q_OBJECT

public:
    RequestDetailView(const Database &database, const RequestStore &store,
                      RequestWorkflow &workflow, const PeopleStore &people, const Session *session,
                      QWidget *parent = nullptr);

    void showRequest(qint64 requestId);
    void showNothing();
    qint64 requestId() const { return m_summary.id; }

    // For tests: no file dialog, no desktop.
    void setSaveFileChooser(RequestAttachmentsPanel::SaveFileChooser chooser);
    void setUrlOpener(RequestAttachmentsPanel::UrlOpener opener);

private:
    QWidget *createPage();
    void reload();
    bool loadSummary();
    void loadAnswers();
    void loadAttachments();
    void loadTimeline();
    void updateCancelButton();
    void askToCancel();
    void cancelRequest();
    void sendReply(const QString &text);
    void showError(const QString &message);

    const Database &m_database;
    const RequestStore &m_store;
    RequestWorkflow &m_workflow;
    const PeopleStore &m_people;
    const Session *m_session = nullptr;
    RequestSummary m_summary;
    bool m_peopleLoaded = false;

    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    MessageBar *m_message = nullptr;
    RequestHeader *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;
    RequestActivityView *m_activity = nullptr;
    QLabel *m_formVersion = nullptr;
    FormAnswerView *m_answers = nullptr;
    RequestAttachmentsPanel *m_attachments = nullptr;
};
