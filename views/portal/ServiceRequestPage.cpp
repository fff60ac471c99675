#include "ServiceRequestPage.h"

#include "DraftBanner.h"
#include "FormDraftKeeper.h"
#include "RequestConfirmation.h"
#include "ServiceIntro.h"
#include "catalog/CatalogStore.h"
#include "common/MessageBar.h"
#include "common/WidgetStyle.h"
#include "forms/FormRenderer.h"
#include "people/PeopleStore.h"
#include "people/Session.h"
#include "sla/SlaCommitment.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// A column people can read, centred on wide screens.
constexpr int columnWidth = 760;
constexpr int pageMargin = 24;
} // namespace

ServiceRequestPage::ServiceRequestPage(const CatalogStore &catalog, const PeopleStore &people,
                                       RequestStore &requests, const Session *session,
                                       QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_people(people)
    , m_requests(requests)
    , m_session(session)
{
    setObjectName(u"serviceRequestPage"_s);
    m_confirmation = new RequestConfirmation;
    m_stack = new QStackedWidget;
    m_stack->addWidget(createFormPage());
    m_stack->addWidget(m_confirmation);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_keeper = new FormDraftKeeper(m_form, DraftStore(), this);
    connect(m_keeper, &FormDraftKeeper::saveFailed, this, [this](const QString &message) {
        m_errors->showMessage(MessageBar::Kind::Warning, message);
    });
    connect(m_draftBanner, &DraftBanner::discardRequested, this, &ServiceRequestPage::discardDraft);
    connect(m_confirmation, &RequestConfirmation::myRequestsRequested, this,
            &ServiceRequestPage::myRequestsRequested);
    connect(m_confirmation, &RequestConfirmation::anotherRequestRequested, this,
            &ServiceRequestPage::backRequested);
}

// Saved here, while the form is still there.
ServiceRequestPage::~ServiceRequestPage()
{
    m_keeper->saveNow();
}

QWidget *ServiceRequestPage::createFormPage()
{
    m_intro = new ServiceIntro;
    auto *formHeading = new QLabel(tr("Your request"));
    WidgetStyle::scaleFont(formHeading, 1.2, QFont::DemiBold);
    m_form = new FormRenderer;
    m_form->layout()->setContentsMargins(0, 0, 0, 0);

    auto *column = new QWidget;
    column->setObjectName(u"requestColumn"_s);
    column->setMaximumWidth(columnWidth);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(12);
    columnLayout->addWidget(m_intro);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(formHeading);
    columnLayout->addWidget(m_form);
    columnLayout->addStretch();

    auto *content = new QWidget;
    auto *row = new QHBoxLayout(content);
    row->setContentsMargins(pageMargin, pageMargin, pageMargin, pageMargin);
    row->addStretch(1);
    row->addWidget(column, 100);
    row->addStretch(1);
    m_scroll = new QScrollArea;
    m_scroll->setObjectName(u"requestScrollArea"_s);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->viewport()->setBackgroundRole(QPalette::Base);

    m_errors = new MessageBar;
    m_errors->setObjectName(u"requestErrors"_s);
    m_draftBanner = new DraftBanner;

    auto *back = new QPushButton(tr("Back"));
    back->setObjectName(u"requestBackButton"_s);
    back->setToolTip(tr("Back to the catalog (%1); your answers are kept as a draft.")
                         .arg(QKeySequence(QKeySequence::Back).toString(QKeySequence::NativeText)));
    m_submit = new QPushButton(tr("Submit request"));
    m_submit->setObjectName(u"submitRequestButton"_s);
    m_submit->setDefault(true);
    const QKeySequence submitKeys(Qt::CTRL | Qt::Key_Return);
    m_submit->setToolTip(
        tr("Send the request (%1)").arg(submitKeys.toString(QKeySequence::NativeText)));
    connect(back, &QPushButton::clicked, this, &ServiceRequestPage::backRequested);
    connect(m_submit, &QPushButton::clicked, this, &ServiceRequestPage::submit);
    for (const QKeySequence &keys : {submitKeys, QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this, this, &ServiceRequestPage::submit);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    }
    auto *backShortcut =
        new QShortcut(QKeySequence::Back, this, this, &ServiceRequestPage::backRequested);
    backShortcut->setContext(Qt::WidgetWithChildrenShortcut);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(pageMargin, 8, pageMargin, 8);
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(m_submit);
    auto *bars = new QVBoxLayout;
    bars->setContentsMargins(pageMargin, 8, pageMargin, 0);
    bars->setSpacing(6);
    bars->addWidget(m_errors);
    bars->addWidget(m_draftBanner);

    // One page on the base colour, the buttons under a line.
    auto *line = new QFrame;
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    m_formPage = new QWidget;
    m_formPage->setAutoFillBackground(true);
    m_formPage->setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(m_formPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bars);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(line);
    layout->addLayout(buttons);
    return m_formPage;
}

bool ServiceRequestPage::showService(qint64 serviceId)
{
    m_keeper->saveNow();
    m_errors->clearMessage();
    m_draftBanner->hide();
    m_stack->setCurrentWidget(m_formPage);
    m_scroll->verticalScrollBar()->setValue(0);

    const auto service = m_catalog.service(serviceId);
    if (!service) {
        m_service = Service();
        m_intro->setContent({u"service"_s, tr("This service cannot be shown"), {}, {}, {}, {}});
        m_errors->showMessage(MessageBar::Kind::Error, service.error());
        m_form->setSchema(FormSchema());
        m_submit->setEnabled(false);
        return false;
    }
    m_service = *service;
    describe(*service);
    if (!service->active) {
        m_errors->showMessage(
            MessageBar::Kind::Error,
            tr("\"%1\" is no longer offered: it cannot be requested.").arg(service->name));
    } else if (!m_session || !m_session->isSignedIn()) {
        m_errors->showMessage(MessageBar::Kind::Warning, tr("Sign in to submit a request."));
    }
    const bool formShown = loadForm(*service);
    m_submit->setEnabled(formShown && service->active && m_session && m_session->isSignedIn());
    if (formShown)
        restoreDraft();
    focusFirstField();
    return m_submit->isEnabled();
}
