#include "CalendarDialog.h"

#include "CalendarForm.h"
#include "sla/CalendarStore.h"

#include <QLineEdit>
#include <QSet>

using namespace Qt::StringLiterals;

CalendarDialog::CalendarDialog(CalendarStore &calendars, QWidget *parent)
    : SlaEditorDialog({u"calendar"_s, u"calendar"_s, tr("Calendars"), tr("&New Calendar"),
                       tr("No calendar yet"),
                       tr("A calendar sets the working hours, time zone and holidays in which "
                          "SLA targets are counted."),
                       tr("The new calendar is not saved yet. Save it now?")},
                      parent)
    , m_calendars(calendars)
{
    setWindowTitle(tr("Business Calendars — KaliaOps"));
    m_form = new CalendarForm;
    setForm(m_form);
    reload();
    connect(m_form, &CalendarForm::saveRequested, this, [this] { saveAndReload(); });
}

Result<QList<std::pair<qint64, QString>>> CalendarDialog::entries() const
{
    const auto calendars = m_calendars.calendars();
    if (!calendars)
        return Result<QList<std::pair<qint64, QString>>>::failure(calendars.error());
    QList<std::pair<qint64, QString>> result;
    for (const BusinessCalendar &calendar : *calendars)
        result.append({calendar.id(), calendar.name()});
    return result;
}

Status CalendarDialog::showEntry(qint64 id)
{
    const auto calendar = m_calendars.calendar(id);
    if (!calendar)
        return Status::from(calendar);
    m_form->load(*calendar);
    return {};
}

BusinessCalendar CalendarDialog::newCalendar() const
{
    // Office days in this machine's zone: what a new calendar most often is.
    BusinessCalendar calendar;
    const QByteArray zone = QTimeZone::systemTimeZoneId();
    calendar.setTimeZoneId(BusinessCalendar::isKnownTimeZone(zone) ? zone
                                                                   : QByteArrayLiteral("UTC"));
    QList<WorkingRange> ranges;
    for (int day = 1; day <= 5; ++day)
        ranges.append({day, 9 * 60, 18 * 60});
    calendar.setWorkingRanges(ranges);
    return calendar;
}

void CalendarDialog::showDraft(bool copy)
{
    BusinessCalendar draft = copy ? m_form->loaded() : newCalendar();
    if (copy)
        draft.setName(copyName(draft.name()));
    draft.setId(0);
    m_form->load(draft);
    m_form->findChild<QLineEdit *>(u"calendarName"_s)->setFocus();
}

QString CalendarDialog::copyName(const QString &name) const
{
    // "Copy of Office hours", then "Copy of Office hours (2)"… until unused.
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

qint64 CalendarDialog::shownId() const
{
    return m_form->loaded().id();
}

QString CalendarDialog::shownName() const
{
    return m_form->loaded().name();
}

bool CalendarDialog::isModified() const
{
    return m_form->isModified();
}

std::optional<qint64> CalendarDialog::save()
{
    if (!m_form->isValid())
        return std::nullopt;
    const BusinessCalendar calendar = m_form->calendar();
    if (calendar.id() == 0) {
        const auto created = m_calendars.createCalendar(calendar);
        if (!created) {
            m_form->showError(created.error());
            return std::nullopt;
        }
        return *created;
    }
    if (const Status updated = m_calendars.updateCalendar(calendar); !updated) {
        m_form->showError(updated.error());
        return std::nullopt;
    }
    return calendar.id();
}

Status CalendarDialog::remove(qint64 id)
{
    return m_calendars.deleteCalendar(id);
}

QString CalendarDialog::deleteQuestion(const QString &name) const
{
    return tr("Delete the calendar \"%1\" with its hours and holidays?").arg(name);
}

void CalendarDialog::showError(const QString &message)
{
    m_form->showError(message);
}
