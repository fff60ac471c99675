#pragma once

#include "catalog/Service.h"
#include "forms/FormValidation.h"
#include "portal/RequestGuidance.h"

#include <QWidget>

class CatalogStore;
class FormDraftKeeper;
class FormRenderer;
class DraftBanner;
class MessageBar;
class PeopleStore;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class RequestConfirmation;
class RequestStore;
class ServiceIntro;
class Session;

// A service's page in the portal: what it is, how long it takes, who
// approves it, and its form. Submit (Ctrl+Return) checks the form, sends
// the request and shows the confirmation with the tracking number. The form
// is kept as a draft while it is filled in, and restored when the service
// is opened again.
//
// The request store must act for the same session; the stores and the
// session must outlive the page.
class ServiceRequestPage : public QWidget
{
    Q_OBJECT

public:
    ServiceRequestPage(const CatalogStore &catalog, const PeopleStore &people,
                       RequestStore &requests, const Session *session, QWidget *parent = nullptr);
    ~ServiceRequestPage() override;

    // Shows the service with an empty form, or with the requester's draft;
    // false, with the reason on the page, when it cannot be requested.
    bool showService(qint64 serviceId);
    qint64 serviceId() const { return m_service.id; }
    // Saves the draft: the requester leaves the page.
    void leave();
    FormRenderer *form() const { return m_form; }

signals:
    // Back, or "Request something else" after a confirmation.
    void backRequested();
    void myRequestsRequested(qint64 requestId);

private:
    QWidget *createFormPage();
    void describe(const Service &service);
    bool loadForm(const Service &service);
    void restoreDraft();
    void discardDraft();
    void submit();
    void showRefusal(const QString &error, const QList<FormValidation::FieldError> &fieldErrors);
    QString categoryPath(qint64 categoryId) const;
    void focusFirstField();

    const CatalogStore &m_catalog;
    const PeopleStore &m_people;
    RequestStore &m_requests;
    const Session *m_session;
    Service m_service;
    RequestGuidance::Facts m_facts;
    QString m_iconName;

    QStackedWidget *m_stack = nullptr;
    QWidget *m_formPage = nullptr;
    MessageBar *m_errors = nullptr;
    DraftBanner *m_draftBanner = nullptr;
    QScrollArea *m_scroll = nullptr;
    ServiceIntro *m_intro = nullptr;
    FormRenderer *m_form = nullptr;
    QPushButton *m_submit = nullptr;
    RequestConfirmation *m_confirmation = nullptr;
    FormDraftKeeper *m_keeper = nullptr;
};
