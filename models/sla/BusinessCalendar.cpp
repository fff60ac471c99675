#include "BusinessCalendar.h"

#include "BusinessTimeline.h"
#include "FrenchHolidays.h"

#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 minuteMs = 60 * 1000;

// Far beyond any SLA target (about 500 years), and safe from overflow.
constexpr qint64 maxMinutes = qint64(500) * 366 * 24 * 60;

} // namespace

BusinessCalendar BusinessCalendar::officeHours(int year)
{
    BusinessCalendar calendar;
    calendar.setName(officeHoursName());
    calendar.setTimeZoneId(QByteArrayLiteral("Europe/Paris"));
    QList<WorkingRange> ranges;
    for (int day = 1; day <= 5; ++day)
        ranges.append({day, 9 * 60, 18 * 60});
    calendar.setWorkingRanges(ranges);
    calendar.addHolidays(FrenchHolidays::forYear(year));
    calendar.addHolidays(FrenchHolidays::forYear(year + 1));
    return calendar;
}

BusinessCalendar BusinessCalendar::alwaysOpen()
{
    BusinessCalendar calendar;
    calendar.setName(alwaysOpenName());
    calendar.setTimeZoneId(QByteArrayLiteral("UTC"));
    calendar.setAlwaysWorking();
    return calendar;
}

// The default calendars are found again by these names, so they are data,
// not translated text: the French holidays keep their French names likewise.
QString BusinessCalendar::officeHoursName()
{
    return u"Office hours"_s;
}

QString BusinessCalendar::alwaysOpenName()
{
    return u"24/7"_s;
}

void BusinessCalendar::setTimeZoneId(const QByteArray &ianaId)
{
    m_timeZoneId = ianaId.trimmed();
    m_timeZone = QTimeZone(m_timeZoneId);
}

bool BusinessCalendar::isKnownTimeZone(const QByteArray &ianaId)
{
    // Links such as America/Montreal are missing from the available list but
    // are real zones; a name with an area part cannot be a POSIX abbreviation.
    if (!QTimeZone(ianaId).isValid())
        return false;
    return QTimeZone::isTimeZoneIdAvailable(ianaId) || ianaId.contains('/');
}

void BusinessCalendar::setWorkingRanges(QList<WorkingRange> ranges)
{
    std::sort(ranges.begin(), ranges.end());
    m_ranges = ranges;
}

void BusinessCalendar::setAlwaysWorking()
{
    QList<WorkingRange> ranges;
    for (int day = 1; day <= 7; ++day)
        ranges.append({day, 0, WorkingRange::minutesPerDay});
    m_ranges = ranges;
}

qint64 BusinessCalendar::weeklyMinutes() const
{
    return BusinessTimeline(m_timeZone, m_ranges, {}).weeklyMs() / minuteMs;
}

int BusinessCalendar::workingDayMinutes() const
{
    QSet<int> days;
    for (const WorkingRange &range : m_ranges)
        days.insert(range.day);
    return days.isEmpty() ? 0 : int(weeklyMinutes() / days.size());
}

void BusinessCalendar::addHolidays(const QMap<QDate, QString> &holidays)
{
    for (auto it = holidays.cbegin(); it != holidays.cend(); ++it)
        m_holidays.insert(it.key(), it.value());
}

Status BusinessCalendar::validate() const
{
    if (m_name.trimmed().isEmpty())
        return Status::failure(tr("A calendar needs a name."));
    if (!isKnownTimeZone(m_timeZoneId)) {
        return Status::failure(tr("The time zone \"%1\" is unknown: use an IANA name such as "
                                  "Europe/Paris or UTC.")
                                   .arg(QString::fromUtf8(m_timeZoneId)));
    }
    if (m_ranges.isEmpty())
        return Status::failure(tr("The calendar has no working time: add at least one range."));

    // m_ranges is sorted by day then start, so overlaps are neighbours.
    for (qsizetype i = 0; i < m_ranges.size(); ++i) {
        const WorkingRange &range = m_ranges.at(i);
        const QString day = WorkingRange::dayName(range.day);
        if (range.day < 1 || range.day > 7)
            return Status::failure(tr("A working range has no valid day."));
        if (range.startMinute >= range.endMinute) {
            return Status::failure(tr("On %1, the range %2–%3 must start before it ends.")
                                       .arg(day, WorkingRange::timeText(range.startMinute),
                                            WorkingRange::timeText(range.endMinute)));
        }
        if (i == 0 || m_ranges.at(i - 1).day != range.day)
            continue;
        const WorkingRange &previous = m_ranges.at(i - 1);
        if (range.startMinute < previous.endMinute) {
            return Status::failure(tr("On %1, the ranges %2–%3 and %4–%5 overlap.")
                                       .arg(day, WorkingRange::timeText(previous.startMinute),
                                            WorkingRange::timeText(previous.endMinute),
                                            WorkingRange::timeText(range.startMinute),
                                            WorkingRange::timeText(range.endMinute)));
        }
    }
    return {};
}

QDateTime BusinessCalendar::addBusinessMinutes(const QDateTime &start, qint64 minutes) const
{
    if (!start.isValid() || minutes < 0 || minutes > maxMinutes)
        return {};
    const BusinessTimeline timeline(m_timeZone, m_ranges, m_holidays);
    const auto end = timeline.add(start.toMSecsSinceEpoch(), minutes * minuteMs);
    return end ? BusinessTimeline::toUtcDateTime(*end) : QDateTime();
}

qint64 BusinessCalendar::businessMinutesBetween(const QDateTime &from, const QDateTime &to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    const BusinessTimeline timeline(m_timeZone, m_ranges, m_holidays);
    return timeline.between(from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch()) / minuteMs;
}

bool BusinessCalendar::isWorkingTime(const QDateTime &instant) const
{
    if (!instant.isValid())
        return false;
    const BusinessTimeline timeline(m_timeZone, m_ranges, m_holidays);
    return timeline.contains(instant.toMSecsSinceEpoch());
}

bool BusinessCalendar::operator==(const BusinessCalendar &other) const
{
    return m_id == other.m_id && m_name == other.m_name && m_timeZoneId == other.m_timeZoneId &&
           m_ranges == other.m_ranges && m_holidays == other.m_holidays;
}
