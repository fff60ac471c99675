// ServiceRequestPage: what the page says about the service, its form, its
// draft and the submission.
#include "DraftBanner.h"
#include "FormDraftKeeper.h"
#include "Logging.h"
#include "RequestConfirmation.h"
#include "ServiceIntro.h"
#include "ServiceRequestPage.h"
#include "catalog/CatalogStore.h"
#include "common/MessageBar.h"
#include "forms/FormRenderer.h"
#include "people/PeopleStore.h"
#include "people/Session.h"
#include "requests/RequestStore.h"
#include "sla/SlaCommitment.h"

#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

void ServiceRequestPage::describe(const Service &service)
{
    m_facts = {};
    m_facts.requiresApproval = service.requiresApproval;
    m_facts.rule = service.approverRule;
    const auto commitment = SlaCommitment::forService(m_catalog.database(), service);
    m_facts.commitment = commitment ? *commitment : SlaCommitment::forEstimate(service);
    if (const auto teams = m_people.teams(); teams && service.fulfilmentTeamId) {
        for (const Team &team : *teams) {
            if (team.id == service.fulfilmentTeamId)
                m_facts.teamName = team.name;
        }
    }

    QString approval = RequestGuidance::approverSentence(m_facts);
    if (service.requiresApproval && m_session && m_session->isSignedIn()) {
        const auto choice =
            ApproverResolver::resolve(m_catalog.database(), service, m_session->personId());
        if (choice) {
            m_facts.approver = *choice;
            const auto person = m_people.person(choice->personId);
            m_facts.approverName = person ? person->displayName : QString();
            approval = RequestGuidance::approverSentence(m_facts);
        } else {
            approval = tr("Approval is required, but the approver cannot be found now: %1")
                           .arg(choice.error());
        }
    } else if (service.requiresApproval) {
        approval = tr("Approval is required.");
    }

    m_iconName = service.icon;
    if (const auto category = m_catalog.category(service.categoryId);
        category && m_iconName.isEmpty())
        m_iconName = category->icon;
    m_intro->setContent({m_iconName, service.name, categoryPath(service.categoryId),
                         service.description, m_facts.commitment, approval});
}

QString ServiceRequestPage::categoryPath(qint64 categoryId) const
{
    QStringList names;
    // The bound guards against a cycle, which the store refuses anyway.
    for (int step = 0; categoryId != 0 && step < 100; ++step) {
        const auto category = m_catalog.category(categoryId);
        if (!category)
            break;
        names.prepend(category->name);
        categoryId = category->parentId;
    }
    return names.join(u" › "_s);
}

bool ServiceRequestPage::loadForm(const Service &service)
{
    QList<FormProblem> problems;
    const auto schema = FormSchema::fromJson(service.formSchema, &problems);
    if (!schema) {
        m_form->setSchema(FormSchema());
        const QString problem = problems.isEmpty() ? QString() : problems.first().message;
        m_errors->showMessage(MessageBar::Kind::Error,
                              tr("The form of this service cannot be shown (%1). Tell the catalog "
                                 "administrators.")
                                  .arg(problem));
        return false;
    }
    if (const auto people = m_people.people())
        m_form->setPeople(*people);
    m_form->setSchema(*schema);
    return true;
}

void ServiceRequestPage::restoreDraft()
{
    const qint64 personId = m_session && m_session->isSignedIn() ? m_session->personId() : 0;
    const auto draft = m_keeper->begin(personId, m_service.id, m_service.formVersion);
    if (!draft) {
        m_errors->showMessage(MessageBar::Kind::Warning, draft.error());
        return;
    }
    if (!draft->has_value())
        return;
    const QDateTime saved = (*draft)->savedAt.toLocalTime();
    const QString when =
        saved.date() == QDate::currentDate()
            ? tr("today at %1").arg(QLocale().toString(saved.time(), QLocale::ShortFormat))
            : QLocale().toString(saved, QLocale::ShortFormat);
    QString text = tr("Your draft from %1 is restored.").arg(when);
    if ((*draft)->formVersion != m_service.formVersion)
        text += u' ' + tr("The form has changed since: check your answers.");
    const QList<FormField> &fields = m_form->schema().fields();
    if (std::any_of(fields.cbegin(), fields.cend(),
                    [](const FormField &field) { return field.type == FormField::Type::File; }))
        text += u' ' + tr("Attach your files again: drafts do not keep them.");
    m_draftBanner->showMessage(text);
}

void ServiceRequestPage::discardDraft()
{
    if (const Status removed = m_keeper->discard(); !removed)
        m_errors->showMessage(MessageBar::Kind::Warning, removed.error());
    loadForm(m_service);
    focusFirstField();
}

void ServiceRequestPage::leave()
{
    m_keeper->saveNow();
}

void ServiceRequestPage::focusFirstField()
{
    // The first editor a person can type in, in the form's order.
    QWidget *first = m_form->nextInFocusChain();
    for (QWidget *widget = first; widget && widget != m_form; widget = widget->nextInFocusChain()) {
        if (m_form->isAncestorOf(widget) && widget->isVisibleTo(m_form) &&
            widget->focusPolicy() & Qt::TabFocus && widget->isEnabled()) {
            widget->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void ServiceRequestPage::submit()
{
    if (m_stack->currentWidget() != m_formPage || !m_submit->isEnabled())
        return;
    m_errors->clearMessage();
    if (!m_form->showAllErrors()) {
        const int count = int(m_form->validation().errors.size());
        m_errors->showMessage(
            MessageBar::Kind::Error,
            tr("%n field(s) to check: see the message under each.", nullptr, count));
        return;
    }

    QList<FormValidation::FieldError> fieldErrors;
    const auto sent =
        m_requests.submit({m_service.id, m_form->answers(), m_form->uploads()}, &fieldErrors);
    if (!sent) {
        showRefusal(sent.error(), fieldErrors);
        return;
    }
    // The request is in: a draft left behind would only confuse.
    if (const Status removed = m_keeper->discard(); !removed)
        qCWarning(lcUi).noquote() << removed.error();
    m_confirmation->showRequest(sent->id, sent->trackingNumber, m_service.name, m_iconName,
                                RequestGuidance::nextSteps(m_facts));
    m_stack->setCurrentWidget(m_confirmation);
    m_confirmation->focusFirstAction();
}

void ServiceRequestPage::showRefusal(const QString &error,
                                     const QList<FormValidation::FieldError> &fieldErrors)
{
    if (fieldErrors.isEmpty()) {
        m_errors->showMessage(MessageBar::Kind::Error,
                              tr("The request was not sent: %1").arg(error));
        return;
    }
    QStringList lines = {tr("The request was not sent:")};
    for (const FormValidation::FieldError &fieldError : fieldErrors)
        lines << u"• "_s + fieldError.message;
    // Answers the page accepted but the store did not: the form changed.
    const auto current = m_catalog.service(m_service.id);
    if (current && current->formVersion != m_service.formVersion)
        lines << tr("The form of this service has changed since you opened it: go back and open "
                    "the service again.");
    m_errors->showMessage(MessageBar::Kind::Error, lines.join(u'\n'));
}
