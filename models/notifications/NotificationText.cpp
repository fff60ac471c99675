#include "NotificationText.h"

#include "LanguageTexts.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace {

// Marked for lupdate under one context; translated at run time into the
// recipient's language rather than the screen's.
const char *const context = "NotificationText";

struct Template
{
    NotificationEvent event;
    const char *key;
    const char *subject;
    const char *body;
};

const Template templates[] = {
    {NotificationEvent::Created, "created",
     QT_TRANSLATE_NOOP("NotificationText", "[%1] Request received: %2"),
     QT_TRANSLATE_NOOP("NotificationText",
                       "Your request for \"%2\" is registered under the number %1.\n\n"
                       "Keep this number to follow it in \"My requests\". You will hear from us "
                       "at each step.")},
    {NotificationEvent::ApprovalNeeded, "approval_needed",
     QT_TRANSLATE_NOOP("NotificationText", "[%1] Your approval is needed: %2"),
     QT_TRANSLATE_NOOP("NotificationText",
                       "%3 asks for \"%2\" (request %1) and needs your approval.\n\n"
                       "Approve or reject it in \"My approvals\".")},
    {NotificationEvent::Approved, "approved",
     QT_TRANSLATE_NOOP("NotificationText", "[%1] Request approved: %2"),
     QT_TRANSLATE_NOOP("NotificationText",
                       "%3 approved your request %1 for \"%2\". The IT team takes it from "
                       "here.")},
    {NotificationEvent::Rejected, "rejected",
     QT_TRANSLATE_NOOP("NotificationText", "[%1] Request rejected: %2"),
     QT_TRANSLATE_NOOP("NotificationText",
                       "%3 rejected your request %1 for \"%2\".\n\nReason: %4")},
    {NotificationEvent::Taken, "taken",
     QT_TRANSLATE_NOOP("NotificationText", "[%1] Request in progress: %2"),
     QT_TRANSLATE_NOOP("NotificationText", "%3 is now working on your request %1 for \"%2\".")},
    {NotificationEvent::Completed, "completed",
     QT_TRANSLATE_NOOP("NotificationText", "[%1] Request done: %2"),
     QT_TRANSLATE_NOOP("NotificationText",
                       "%3 completed your request %1 for \"%2\".\n\nResolution: %4")},
    {NotificationEvent::ExternalComment, "comment",
     QT_TRANSLATE_NOOP("NotificationText", "[%1] New comment: %2"),
     QT_TRANSLATE_NOOP("NotificationText", "%3 wrote about your request %1 for \"%2\":\n\n%4\n\n"
                                           "Reply in \"My requests\".")},
    {NotificationEvent::SlaWarning, "sla_warning",
     QT_TRANSLATE_NOOP("NotificationText", "[%1] SLA warning: %2"),
     QT_TRANSLATE_NOOP("NotificationText",
                       "Request %1 (%2) has used most of its time. It is due %5.")},
    {NotificationEvent::SlaCritical, "sla_critical",
     QT_TRANSLATE_NOOP("NotificationText", "[%1] SLA critical: %2"),
     QT_TRANSLATE_NOOP("NotificationText",
                       "Request %1 (%2) is close to its due date: %5. Act now.")},
    {NotificationEvent::SlaBreached, "sla_breached",
     QT_TRANSLATE_NOOP("NotificationText", "[%1] SLA breached: %2"),
     QT_TRANSLATE_NOOP("NotificationText",
                       "Request %1 (%2) has missed its SLA target: it was due %5.")},
};

const Template &templateFor(NotificationEvent event)
{
    for (const Template &t : templates) {
        if (t.event == event)
            return t;
    }
    return templates[0];
}

// Replaces %1 to %5 in one pass, so that a value holding "%2" (a comment
// may) is never replaced in turn.
QString substitute(const QString &text, const QString (&values)[5])
{
    QString result;
    result.reserve(text.size() * 2);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool marker =
            c == u'%' && i + 1 < text.size() && text.at(i + 1) >= u'1' && text.at(i + 1) <= u'5';
        if (!marker) {
            result.append(c);
            continue;
        }
        result.append(values[text.at(i + 1).unicode() - u'1']);
        ++i;
    }
    return result;
}

} // namespace

QString NotificationText::eventKey(NotificationEvent event)
{
    return QString::fromLatin1(templateFor(event).key);
}

NotificationText::Message NotificationText::compose(NotificationEvent event,
                                                    const NotificationFacts &facts,
                                                    const QString &language)
{
    const Template &t = templateFor(event);
    const QString values[] = {facts.trackingNumber, facts.serviceName, facts.actorName, facts.text,
                              facts.dueText};
    const auto fill = [&](const char *source) {
        return substitute(LanguageTexts::translate(language, context, source), values);
    };
    return {fill(t.subject), fill(t.body)};
}
