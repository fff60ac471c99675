#include "SlaPolicyDialog.h"

#include "SlaPolicyForm.h"
#include "sla/CalendarStore.h"
#include "sla/SlaPolicyStore.h"

#include <QLineEdit>
#include <QSet>

using namespace Qt::StringLiterals;

SlaPolicyDialog::SlaPolicyDialog(SlaPolicyStore &policies, const CalendarStore &calendars,
                                 QWidget *parent)
    : SlaEditorDialog({u"policy"_s, u"badge"_s, tr("SLA Policies"), tr("&New Policy"),
                       tr("No SLA policy yet"),
                       tr("A policy commits to response and resolution targets per priority, "
                          "counted in the business hours of a calendar. Create one, then "
                          "choose it in the services it covers."),
                       tr("The new SLA policy is not saved yet. Save it now?")},
                      parent)
    , m_policies(policies)
    , m_calendars(calendars)
{
    setWindowTitle(tr("SLA Policies — KaliaOps"));
    m_form = new SlaPolicyForm;
    setForm(m_form);
    refreshCalendars();
    reload();

    connect(m_form, &SlaPolicyForm::saveRequested, this, [this] { saveAndReload(); });
    connect(&m_calendars, &CalendarStore::calendarsChanged, this,
            &SlaPolicyDialog::refreshCalendars);
}

void SlaPolicyDialog::refreshCalendars()
{
    const auto calendars = m_calendars.calendars();
    if (!calendars) {
        m_form->setCalendars({});
        m_form->showError(calendars.error());
        return;
    }
    m_form->setCalendars(*calendars);
}

Result<QList<std::pair<qint64, QString>>> SlaPolicyDialog::entries() const
{
    const auto policies = m_policies.policies();
    if (!policies)
        return Result<QList<std::pair<qint64, QString>>>::failure(policies.error());
    QList<std::pair<qint64, QString>> result;
    for (const SlaPolicy &policy : *policies)
        result.append({policy.id, policy.name});
    return result;
}

Status SlaPolicyDialog::showEntry(qint64 id)
{
    const auto policy = m_policies.policy(id);
    if (!policy)
        return Status::from(policy);
    m_form->load(*policy);
    return {};
}

void SlaPolicyDialog::showDraft(bool copy)
{
    SlaPolicy draft;
    if (copy) {
        draft = m_form->loaded();
        draft.name = copyName(draft.name);
    } else if (const auto office = m_calendars.calendarNamed(BusinessCalendar::officeHoursName());
               office) {
        draft.calendarId = office->id();
    }
    draft.id = 0;
    m_form->load(draft);
    m_form->findChild<QLineEdit *>(u"policyName"_s)->setFocus();
}

QString SlaPolicyDialog::copyName(const QString &name) const
{
    // "Copy of Standard", then "Copy of Standard (2)"… until unused.
    QSet<QString> taken;
    if (const auto all = entries(); all) {
        for (const auto &entry : *all)
            taken.insert(entry.second.toLower());
    }
    const QString base = tr("Copy of %1").arg(name);
    QString result = base;
    for (int n = 2; taken.contains(result.toLower()); ++n)
        result = u"%1 (%2)"_s.arg(base).arg(n);
    return result;
}

qint64 SlaPolicyDialog::shownId() const
{
    return m_form->loaded().id;
}

QString SlaPolicyDialog::shownName() const
{
    return m_form->loaded().name;
}

bool SlaPolicyDialog::isModified() const
{
    return m_form->isModified();
}

std::optional<qint64> SlaPolicyDialog::save()
{
    if (!m_form->isValid())
        return std::nullopt;
    const SlaPolicy policy = m_form->policy();
    if (policy.id == 0) {
        const auto created = m_policies.createPolicy(policy);
        if (!created) {
            m_form->showError(created.error());
            return std::nullopt;
        }
        return *created;
    }
    if (const Status updated = m_policies.updatePolicy(policy); !updated) {
        m_form->showError(updated.error());
        return std::nullopt;
    }
    return policy.id;
}

Status SlaPolicyDialog::remove(qint64 id)
{
    return m_policies.deletePolicy(id);
}

QString SlaPolicyDialog::deleteQuestion(const QString &name) const
{
    return tr("Delete the SLA policy \"%1\"? Requests already started keep their due dates.")
        .arg(name);
}

void SlaPolicyDialog::showError(const QString &message)
{
    m_form->showError(message);
}
