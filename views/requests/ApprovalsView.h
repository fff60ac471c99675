#pragma once

#include <QWidget>

class ApprovalInbox;
class Database;
class EmptyState;
class FormAnswerView;
class MessageBar;
class PeopleStore;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class RequestStore;
class RequestWorkflow;
class Session;
class Status;

// "My approvals": the requests waiting for the signed-in person's decision,
// oldest first, with the selected one's answers and its cost of delay;
// Approve, or Reject with a required reason. A decision is made against the
// row version shown, so a request changed meanwhile is refused with the
// workflow's message; a decided request leaves the list.
class ApprovalsView : public QWidget
{
    Q_OBJECT

public:
    ApprovalsView(const Database &database, const RequestStore &store, RequestWorkflow &workflow,
                  const PeopleStore &people, const Session *session, QWidget *parent = nullptr);

    ApprovalInbox *inbox() const { return m_inbox; }

private:
    QWidget *createListSide();
    QWidget *createDetailSide();
    qint64 selectedId() const;
    int selectedRow() const;
    void showSelection();
    void approve();
    void askReason();
    void finishDecision(const Status &status, const QString &done, int row);
    void selectRow(int row);
    void updatePlaceholder();

    const RequestStore &m_store;
    RequestWorkflow &m_workflow;
    ApprovalInbox *m_inbox = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTableView *m_table = nullptr;
    EmptyState *m_listPlaceholder = nullptr;
    MessageBar *m_message = nullptr;
    QLabel *m_outcome = nullptr;
    QStackedWidget *m_detailStack = nullptr;
    EmptyState *m_detailPlaceholder = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_requester = nullptr;
    QLabel *m_commitment = nullptr;
    FormAnswerView *m_answers = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
};
