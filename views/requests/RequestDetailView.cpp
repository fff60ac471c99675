#include "RequestDetailView.h"

#include "RequestActivityView.h"
#include "RequestHeader.h"
#include "common/EmptyState.h"
#include "common/MessageBar.h"
#include "common/WidgetStyle.h"
#include "forms/FormAnswerView.h"
#include "people/PeopleStore.h"
#include "people/Session.h"
#include "requests/RequestStore.h"
#include "requests/RequestWorkflow.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RequestDetailView::RequestDetailView(const Database &database, const RequestStore &store,
                                     RequestWorkflow &workflow, const PeopleStore &people,
                                     const Session *session, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_store(store)
    , m_workflow(workflow)
    , m_people(people)
    , m_session(session)
{
    setObjectName(u"requestDetail"_s);
    m_empty = new EmptyState(u"document"_s);
    m_empty->setObjectName(u"requestDetailEmpty"_s);
    m_empty->setMessage(tr("No request selected"),
                        tr("Select a request in the list to follow where it stands."));
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_empty);
    m_stack->addWidget(createPage());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(&m_workflow, &RequestWorkflow::requestChanged, this, [this](qint64 id) {
        if (id == m_summary.id)
            reload();
    });
    showNothing();
}

QWidget *RequestDetailView::createPage()
{
    m_message = new MessageBar;
    m_message->setObjectName(u"requestMessage"_s);
    m_activity = new RequestActivityView;
    m_formVersion = new QLabel;
    m_formVersion->setObjectName(u"formVersionLabel"_s);
    WidgetStyle::mute(m_formVersion);
    m_answers = new FormAnswerView;
    auto *answersPage = new QWidget;
    auto *answersLayout = new QVBoxLayout(answersPage);
    answersLayout->addWidget(m_formVersion);
    answersLayout->addWidget(m_answers);
    answersLayout->addStretch();
    auto *answersScroll = new QScrollArea;
    answersScroll->setWidgetResizable(true);
    answersScroll->setFrameShape(QFrame::NoFrame);
    answersScroll->setWidget(answersPage);
    m_attachments = new RequestAttachmentsPanel(m_store);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"requestTabs"_s);
    m_tabs->addTab(m_activity, tr("Activity"));
    m_tabs->addTab(answersScroll, tr("Answers"));
    m_tabs->addTab(m_attachments, tr("Attachments"));

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_message);
    m_header = new RequestHeader;
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    connect(m_activity, &RequestActivityView::replyRequested, this, &RequestDetailView::sendReply);
    connect(m_answers, &FormAnswerView::attachmentActivated, m_attachments,
            &RequestAttachmentsPanel::openAttachment);
    connect(m_attachments, &RequestAttachmentsPanel::failed, this, &RequestDetailView::showError);
    connect(m_header, &RequestHeader::cancelRequested, this, &RequestDetailView::askToCancel);
    return page;
}

void RequestDetailView::setSaveFileChooser(RequestAttachmentsPanel::SaveFileChooser chooser)
{
    m_attachments->setSaveFileChooser(std::move(chooser));
}

void RequestDetailView::setUrlOpener(RequestAttachmentsPanel::UrlOpener opener)
{
    m_attachments->setUrlOpener(std::move(opener));
}

void RequestDetailView::showNothing()
{
    m_summary = {};
    m_stack->setCurrentWidget(m_empty);
}

void RequestDetailView::showRequest(qint64 requestId)
{
    if (requestId != m_summary.id) {
        m_message->clearMessage();
        m_activity->clearReply();
    }
    m_summary.id = requestId;
    reload();
}

void RequestDetailView::reload()
{
    if (!loadSummary())
        return;
    m_stack->setCurrentIndex(1);
    loadTimeline();
    loadAnswers();
    loadAttachments();
}

bool RequestDetailView::loadSummary()
{
    const auto summary = RequestSummary::read(m_database, m_summary.id);
    if (!summary) {
        m_empty->setMessage(tr("The request cannot be shown"), summary.error());
        m_stack->setCurrentWidget(m_empty);
        return false;
    }
    m_summary = *summary;
    const auto sla = RequestSla::read(m_database, m_summary.id);
    m_header->setRequest(m_summary, sla ? *sla : RequestSla());
    updateCancelButton();
    return true;
}

void RequestDetailView::loadAnswers()
{
    if (!m_peopleLoaded) {
        if (const auto people = m_people.people()) {
            m_answers->setPeople(*people);
            m_peopleLoaded = true;
        }
    }
    const auto form = m_store.form(m_summary.id);
    if (!form) {
        showError(form.error());
        return;
    }
    m_formVersion->setText(tr("Answers given on version %1 of the form.").arg(form->formVersion));
    m_answers->setForm(form->schema, form->answers);
}

void RequestDetailView::loadAttachments()
{
    const auto files = m_store.attachments(m_summary.id);
    if (!files)
        showError(files.error());
    m_attachments->setAttachments(files ? *files : QList<StoredAttachment>());
    m_tabs->setTabText(m_tabs->indexOf(m_attachments),
                       tr("Attachments (%1)").arg(m_attachments->count()));
}

void RequestDetailView::loadTimeline()
{
    const auto entries = RequestTimeline::read(m_database, m_session, m_summary.id);
    if (!entries)
        showError(entries.error());
    m_activity->setEntries(entries ? *entries : QList<RequestTimeline::Entry>());
    m_activity->setReplyEnabled(entries.ok());
}

void RequestDetailView::updateCancelButton()
{
    const bool mine = m_session && m_session->personId() == m_summary.requesterId;
    const bool allowed =
        WorkflowRules::actionsFrom(m_summary.status).contains(WorkflowRules::Action::Cancel);
    m_header->setCancel(mine, allowed, m_summary.status);
}

void RequestDetailView::askToCancel()
{
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Cancel Request"),
                        tr("Cancel %1 (%2)? Nobody will work on it, and it cannot be reopened.")
                            .arg(m_summary.trackingNumber, m_summary.serviceName),
                        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(u"cancelConfirmation"_s);
    box->button(QMessageBox::Yes)->setText(tr("Cancel Request"));
    box->button(QMessageBox::No)->setText(tr("Keep It"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            cancelRequest();
    });
    box->open();
}

void RequestDetailView::cancelRequest()
{
    m_message->clearMessage();
    const Status cancelled = m_workflow.cancel(m_summary.id, m_summary.rowVersion);
    if (!cancelled) {
        showError(cancelled.error());
        reload();
    }
}

void RequestDetailView::sendReply(const QString &text)
{
    m_message->clearMessage();
    const auto sent =
        m_workflow.addComment(m_summary.id, text, RequestComment::Visibility::External);
    if (!sent) {
        showError(sent.error());
        return;
    }
    m_activity->clearReply();
}

void RequestDetailView::showError(const QString &message)
{
    m_message->showMessage(MessageBar::Kind::Error, message);
}
