#pragma once

#include <QWidget>

class Database;
class EmptyState;
class MyRequestsModel;
class PeopleStore;
class QComboBox;
class QSplitter;
class QStackedWidget;
class QTableView;
class RequestDetailView;
class RequestStore;
class RequestWorkflow;
class Session;

// "My requests": the signed-in person's requests, newest first, filtered by
// open or closed status and sortable by any column, with the selected one's
// detail beside the list. The list follows new submissions and every move.
class MyRequestsView : public QWidget
{
    Q_OBJECT

public:
    MyRequestsView(const Database &database, const RequestStore &store, RequestWorkflow &workflow,
                   const PeopleStore &people, const Session *session, QWidget *parent = nullptr);

    // Selects the request (showing all statuses when the filter hides it);
    // false when it is not one of the person's requests.
    bool showRequest(qint64 requestId);
    RequestDetailView *detail() const { return m_detail; }

private:
    QWidget *createListSide();
    void applyFilter(int comboIndex);
    void showSelection();
    void updatePlaceholder();

    MyRequestsModel *m_model = nullptr;
    QComboBox *m_filter = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTableView *m_table = nullptr;
    EmptyState *m_placeholder = nullptr;
    RequestDetailView *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
};
