#include "ApprovalsView.h"

#include "RejectDialog.h"
#include "common/EmptyState.h"
#include "common/MessageBar.h"
#include "common/WidgetStyle.h"
#include "forms/FormAnswerView.h"
#include "people/PeopleStore.h"
#include "requests/ApprovalInbox.h"
#include "requests/RequestStore.h"
#include "requests/RequestWorkflow.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int sideMargin = 8;
constexpr int initialListWidth = 680;
constexpr int initialDetailWidth = 520;
constexpr int pageMargin = 12;
} // namespace

ApprovalsView::ApprovalsView(const Database &database, const RequestStore &store,
                             RequestWorkflow &workflow, const PeopleStore &people,
                             const Session *session, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_workflow(workflow)
{
    setObjectName(u"approvalsView"_s);
    m_inbox = new ApprovalInbox(database, session, this);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createListSide());
    splitter->addWidget(createDetailSide());
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({initialListWidth, initialDetailWidth});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    if (const auto everyone = people.people())
        m_answers->setPeople(*everyone);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApprovalsView::showSelection);
    connect(&store, &RequestStore::requestsChanged, m_inbox, &ApprovalInbox::refresh);
    connect(&workflow, &RequestWorkflow::requestChanged, m_inbox, &ApprovalInbox::refresh);
    connect(m_inbox, &QAbstractItemModel::rowsInserted, this, &ApprovalsView::updatePlaceholder);
    connect(m_inbox, &QAbstractItemModel::rowsRemoved, this, &ApprovalsView::updatePlaceholder);
    connect(m_inbox, &ApprovalInbox::loadFailed, this, &ApprovalsView::updatePlaceholder);
    updatePlaceholder();
    selectRow(0);
}

QWidget *ApprovalsView::createListSide()
{
    m_table = new QTableView;
    m_table->setObjectName(u"approvalTable"_s);
    m_table->setModel(m_inbox);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ApprovalInbox::CostOfDelayColumn,
                                                      QHeaderView::Stretch);

    m_listPlaceholder = new EmptyState(u"badge"_s);
    m_listPlaceholder->setObjectName(u"approvalsPlaceholder"_s);
    m_listStack = new QStackedWidget;
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_listPlaceholder);

    auto *side = new QWidget;
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(sideMargin, sideMargin, 0, sideMargin);
    layout->addWidget(m_listStack);
    return side;
}

QWidget *ApprovalsView::createDetailSide()
{
    m_message = new MessageBar;
    m_message->setObjectName(u"approvalMessage"_s);
    m_outcome = new QLabel;
    m_outcome->setObjectName(u"decisionOutcome"_s);
    m_outcome->setWordWrap(true);
    WidgetStyle::setTone(m_outcome, WidgetStyle::Tone::Success);
    m_outcome->hide();
    m_title = new QLabel;
    m_title->setObjectName(u"approvalTitle"_s);
    m_title->setWordWrap(true);
    WidgetStyle::scaleFont(m_title, 1.4, QFont::DemiBold);
    m_requester = new QLabel;
    m_requester->setObjectName(u"approvalRequester"_s);
    m_requester->setWordWrap(true);
    m_commitment = new QLabel;
    m_commitment->setObjectName(u"approvalCommitment"_s);
    m_commitment->setWordWrap(true);
    WidgetStyle::mute(m_commitment);
    m_answers = new FormAnswerView;
    // The answers on a page of their own, as the catalog shows a service.
    auto *answersPage = new QWidget;
    answersPage->setAutoFillBackground(true);
    answersPage->setBackgroundRole(QPalette::Base);
    auto *answersLayout = new QVBoxLayout(answersPage);
    answersLayout->setContentsMargins(pageMargin, pageMargin, pageMargin, pageMargin);
    answersLayout->addWidget(m_answers);
    answersLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(answersPage);
    m_approve = new QPushButton(tr("Approve"));
    m_approve->setObjectName(u"approveButton"_s);
    m_reject = new QPushButton(tr("Reject…"));
    m_reject->setObjectName(u"rejectButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_reject);
    buttons->addWidget(m_approve);

    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_title);
    pageLayout->addWidget(m_requester);
    pageLayout->addWidget(m_commitment);
    pageLayout->addWidget(scroll, 1);
    pageLayout->addLayout(buttons);
    m_detailPlaceholder = new EmptyState(u"document"_s);
    m_detailPlaceholder->setMessage(tr("No request selected"),
                                    tr("Select a request to read its answers and decide."));
    m_detailStack = new QStackedWidget;
    m_detailStack->addWidget(m_detailPlaceholder);
    m_detailStack->addWidget(page);

    auto *side = new QWidget;
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(sideMargin, sideMargin, sideMargin, sideMargin);
    layout->addWidget(m_message);
    layout->addWidget(m_outcome);
    layout->addWidget(m_detailStack, 1);
    connect(m_approve, &QPushButton::clicked, this, &ApprovalsView::approve);
    connect(m_reject, &QPushButton::clicked, this, &ApprovalsView::askReason);
    return side;
}

int ApprovalsView::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

qint64 ApprovalsView::selectedId() const
{
    const int row = selectedRow();
    return row < 0 ? 0 : m_inbox->rowAt(row).id;
}

void ApprovalsView::showSelection()
{
    const int row = selectedRow();
    if (row < 0) {
        m_detailStack->setCurrentWidget(m_detailPlaceholder);
        return;
    }
    const RequestRow &request = m_inbox->rowAt(row);
    m_title->setText(tr("%1 · %2").arg(request.trackingNumber, request.serviceName));
    m_requester->setText(
        tr("Asked by %1 on %2, waiting for your decision for %3.")
            .arg(request.requesterName,
                 QLocale().toString(request.createdAt.toLocalTime(), QLocale::ShortFormat),
                 m_inbox->index(row, ApprovalInbox::WaitingColumn).data().toString()));
    m_commitment->setText(tr("Once approved: %1").arg(request.commitment));
    const auto form = m_store.form(request.id);
    if (form)
        m_answers->setForm(form->schema, form->answers);
    else
        m_message->showMessage(MessageBar::Kind::Error, form.error());
    m_detailStack->setCurrentIndex(1);
}

void ApprovalsView::approve()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const RequestRow request = m_inbox->rowAt(row);
    finishDecision(
        m_workflow.approve(request.id, request.rowVersion),
        tr("%1 is approved; %2 is told.").arg(request.trackingNumber, request.requesterName), row);
}

void ApprovalsView::askReason()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const RequestRow request = m_inbox->rowAt(row);
    auto *dialog = new RejectDialog(request.trackingNumber, request.requesterName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, request] {
        const int current = m_inbox->rowOf(request.id);
        finishDecision(m_workflow.reject(request.id, dialog->reason(), request.rowVersion),
                       tr("%1 is rejected; %2 is told why.")
                           .arg(request.trackingNumber, request.requesterName),
                       current);
    });
    dialog->open();
}

// The workflow's requestChanged() has refreshed the inbox by now: the
// decided request is gone, and the next one takes its place.
void ApprovalsView::finishDecision(const Status &status, const QString &done, int row)
{
    m_message->clearMessage();
    m_outcome->setText(status ? done : QString());
    m_outcome->setVisible(status.ok());
    if (!status) {
        m_message->showMessage(MessageBar::Kind::Error, status.error());
        m_inbox->refresh();
    }
    if (selectedRow() < 0)
        selectRow(qMin(row, m_inbox->rowCount() - 1));
}

void ApprovalsView::selectRow(int row)
{
    if (row < 0 || row >= m_inbox->rowCount())
        return;
    m_table->selectRow(row);
}

void ApprovalsView::updatePlaceholder()
{
    if (m_inbox->rowCount() > 0) {
        m_listStack->setCurrentWidget(m_table);
        return;
    }
    if (!m_inbox->errorText().isEmpty())
        m_listPlaceholder->setMessage(tr("The approvals cannot be read"), m_inbox->errorText());
    else
        m_listPlaceholder->setMessage(tr("Nothing waits for your decision"),
                                      tr("Requests that need your approval show here, oldest "
                                         "first."));
    m_listStack->setCurrentWidget(m_listPlaceholder);
}
