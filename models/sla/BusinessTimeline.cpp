#include "BusinessTimeline.h"

#include <QDateTime>
#include <algorithm>

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;
constexpr qint64 weekMs = 7 * dayMs;
constexpr qint64 epochJulianDay = 2440588; // 1970-01-01

// UTC offsets on Earth stay within -12 h and +14 h, so every instant whose
// local date is D lies within this window around D's midnight read as UTC.
constexpr qint64 windowBefore = 14 * hourMs;
constexpr qint64 windowAfter = dayMs + 12 * hourMs;

// Counting that would pass this many weeks is refused (about 500 years).
constexpr qint64 maxWeeks = 52 * 500;

// Local midnight of a date, read as if the local clock were UTC.
qint64 wallMidnight(QDate day)
{
    return (day.toJulianDay() - epochJulianDay) * dayMs;
}

qint64 floorDiv(qint64 value, qint64 divisor)
{
    const qint64 quotient = value / divisor;
    return (value % divisor < 0) ? quotient - 1 : quotient;
}

} // namespace

BusinessTimeline::BusinessTimeline(const QTimeZone &zone, const QList<WorkingRange> &ranges,
                                   const QMap<QDate, QString> &holidays)
    : m_zone(zone)
    , m_holidays(holidays)
{
    // Keep each day's ranges sorted, clamped and merged, so that a calendar
    // that failed validation still gives sensible answers.
    QList<WorkingRange> sorted = ranges;
    std::sort(sorted.begin(), sorted.end());
    for (WorkingRange range : std::as_const(sorted)) {
        range.startMinute = std::max(range.startMinute, 0);
        range.endMinute = std::min(range.endMinute, WorkingRange::minutesPerDay);
        if (range.day < 1 || range.day > 7 || range.startMinute >= range.endMinute)
            continue;
        DayRanges &day = m_days[size_t(range.day - 1)];
        if (!day.isEmpty() && range.startMinute <= day.last().endMinute)
            day.last().endMinute = std::max(day.last().endMinute, range.endMinute);
        else
            day.append(range);
    }
    for (const DayRanges &day : m_days) {
        for (const WorkingRange &range : day)
            m_weekMs += range.lengthMinutes() * minuteMs;
    }
}

QDateTime BusinessTimeline::toUtcDateTime(qint64 msecsSinceEpoch)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, QTimeZone(QTimeZone::UTC));
#else
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC);
#endif
}

qint64 BusinessTimeline::offsetMs(qint64 utcMs) const
{
    return m_zone.offsetFromUtc(toUtcDateTime(utcMs)) * qint64(1000);
}

QDate BusinessTimeline::localDate(qint64 utcMs) const
{
    const qint64 wallMs = utcMs + offsetMs(utcMs);
    return QDate::fromJulianDay(epochJulianDay + floorDiv(wallMs, dayMs));
}

void BusinessTimeline::daySpans(QDate day, Spans &spans) const
{
    spans.clear();
    const DayRanges &ranges = m_days[size_t(day.dayOfWeek() - 1)];
    if (ranges.isEmpty() || m_holidays.contains(day))
        return;

    // The usual day: one offset all along.
    const qint64 midnight = wallMidnight(day);
    const qint64 offset = offsetMs(midnight - windowBefore);
    if (offset != offsetMs(midnight + windowAfter)) {
        splitDaySpans(ranges, midnight, spans);
        return;
    }
    for (const WorkingRange &range : ranges) {
        spans.append({midnight + range.startMinute * minuteMs - offset,
                      midnight + range.endMinute * minuteMs - offset});
    }
}

void BusinessTimeline::splitDaySpans(const DayRanges &ranges, qint64 midnight, Spans &spans) const
{
    // Stretches of constant offset around the day: [from, to) with offset.
    struct Stretch
    {
        qint64 from;
        qint64 to;
        qint64 offset;
    };
    const qint64 windowStart = midnight - windowBefore;
    const qint64 windowEnd = midnight + windowAfter;
    QVarLengthArray<Stretch, 4> stretches{{windowStart, windowEnd, offsetMs(windowStart)}};
    const auto transitions =
        m_zone.transitions(toUtcDateTime(windowStart + 1), toUtcDateTime(windowEnd));
    for (const QTimeZone::OffsetData &transition : transitions) {
        const qint64 at = transition.atUtc.toMSecsSinceEpoch();
        if (at <= stretches.last().from || at >= windowEnd)
            continue;
        stretches.last().to = at;
        stretches.append({at, windowEnd, transition.offsetFromUtc * qint64(1000)});
    }

    // Each range keeps the part of each stretch whose wall clock is in it.
    for (const WorkingRange &range : ranges) {
        for (const Stretch &stretch : stretches) {
            const qint64 start =
                std::max(midnight + range.startMinute * minuteMs - stretch.offset, stretch.from);
            const qint64 end =
                std::min(midnight + range.endMinute * minuteMs - stretch.offset, stretch.to);
            if (start < end)
                spans.append({start, end});
        }
    }

    // A repeated hour can put a later range's piece before an earlier one's.
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.start < b.start; });
}

bool BusinessTimeline::isPlainWeek(QDate firstDay, qint64 *weekStartMs) const
{
    const auto holiday = m_holidays.lowerBound(firstDay);
    if (holiday != m_holidays.cend() && holiday.key() < firstDay.addDays(7))
        return false;

    const qint64 midnight = wallMidnight(firstDay);
    const qint64 offset = offsetMs(midnight - windowBefore);
    if (offset != offsetMs(midnight + 6 * dayMs + windowAfter))
        return false;
    *weekStartMs = midnight - offset;
    return true;
}

std::optional<QDate> BusinessTimeline::lastDayToSearch(QDate startDay, qint64 durationMs) const
{
    // Generous: a week may lose working time to a daylight-saving change, and
    // holidays remove days. Only a guard against endless searching.
    const qint64 weeks = durationMs / m_weekMs + 2;
    if (weeks > maxWeeks)
        return std::nullopt;
    return startDay.addDays(14 * weeks + m_holidays.size() + 14);
}

std::optional<qint64> BusinessTimeline::add(qint64 startMs, qint64 durationMs) const
{
    if (!isUsable() || durationMs < 0)
        return std::nullopt;
    const QDate startDay = localDate(startMs);
    const auto lastDay = lastDayToSearch(startDay, durationMs);
    if (!lastDay)
        return std::nullopt;

    qint64 cursor = startMs;
    qint64 remaining = durationMs;
    Spans spans;
    for (QDate day = startDay; day <= *lastDay; day = day.addDays(1)) {
        // Strictly more than a week left: the result lies beyond this week.
        qint64 weekStart = 0;
        if (day > startDay && remaining > m_weekMs && isPlainWeek(day, &weekStart)) {
            remaining -= m_weekMs;
            cursor = weekStart + weekMs;
            day = day.addDays(6);
            continue;
        }

        daySpans(day, spans);
        for (const Span &span : spans) {
            if (span.end <= cursor)
                continue;
            const qint64 from = std::max(span.start, cursor);
            if (remaining <= span.end - from)
                return from + remaining;
            remaining -= span.end - from;
            cursor = span.end;
        }
    }
    return std::nullopt;
}

qint64 BusinessTimeline::between(qint64 fromMs, qint64 toMs) const
{
    if (!isUsable() || toMs <= fromMs)
        return 0;
    const QDate fromDay = localDate(fromMs);
    const QDate toDay = localDate(toMs);

    qint64 total = 0;
    Spans spans;
    for (QDate day = fromDay; day <= toDay; day = day.addDays(1)) {
        // A whole plain week between the two: no need to look at its days.
        qint64 weekStart = 0;
        if (day > fromDay && day.addDays(7) <= toDay && isPlainWeek(day, &weekStart)) {
            total += m_weekMs;
            day = day.addDays(6);
            continue;
        }

        daySpans(day, spans);
        for (const Span &span : spans) {
            const qint64 start = std::max(span.start, fromMs);
            const qint64 end = std::min(span.end, toMs);
            if (start < end)
                total += end - start;
        }
    }
    return total;
}

bool BusinessTimeline::contains(qint64 instantMs) const
{
    if (!isUsable())
        return false;
    Spans spans;
    daySpans(localDate(instantMs), spans);
    for (const Span &span : spans) {
        if (span.start <= instantMs && instantMs < span.end)
            return true;
    }
    return false;
}
