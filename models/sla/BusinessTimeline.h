#pragma once

#include "WorkingRange.h"

#include <QDate>
#include <QMap>
#include <QTimeZone>
#include <QVarLengthArray>
#include <array>
#include <optional>

class QDateTime;

// The arithmetic behind BusinessCalendar, on milliseconds since the epoch.
//
// It walks local dates of the calendar's zone one by one and turns each
// date's working ranges into UTC spans. Within a stretch of constant UTC
// offset a local range [start, end) is the UTC span [start - offset,
// end - offset); a date that holds an offset change is cut at the change, so
// a range across it loses or gains the skipped or repeated hour. A span of a
// date thus holds exactly the instants whose wall clock shows that date in
// one of its ranges, and dates follow each other in time (a clock going back
// across midnight, from 00:30 to 23:30 say, would break that). Weeks
// without holidays nor offset changes are skipped whole.
class BusinessTimeline
{
public:
    BusinessTimeline(const QTimeZone &zone, const QList<WorkingRange> &ranges,
                     const QMap<QDate, QString> &holidays);

    // False without working time or with an unknown time zone.
    bool isUsable() const { return m_zone.isValid() && m_weekMs > 0; }
    // Working time of a week without holidays nor offset change.
    qint64 weeklyMs() const { return m_weekMs; }

    // The instant the last of durationMs business milliseconds counted from
    // startMs is used, or the next working instant for 0; nothing when the
    // calendar is unusable or the duration absurdly long.
    std::optional<qint64> add(qint64 startMs, qint64 durationMs) const;
    // Business milliseconds in [fromMs, toMs).
    qint64 between(qint64 fromMs, qint64 toMs) const;
    bool contains(qint64 instantMs) const;

    static QDateTime toUtcDateTime(qint64 msecsSinceEpoch);

private:
    struct Span
    {
        qint64 start;
        qint64 end;
    };
    using Spans = QVarLengthArray<Span, 8>;
    using DayRanges = QVarLengthArray<WorkingRange, 4>;

    void daySpans(QDate day, Spans &spans) const;
    void splitDaySpans(const DayRanges &ranges, qint64 midnight, Spans &spans) const;
    // True when the seven days from firstDay have no holiday and no offset
    // change; then weekStartMs gets the UTC instant of firstDay's midnight.
    bool isPlainWeek(QDate firstDay, qint64 *weekStartMs) const;
    qint64 offsetMs(qint64 utcMs) const;
    QDate localDate(qint64 utcMs) const;
    std::optional<QDate> lastDayToSearch(QDate startDay, qint64 durationMs) const;

    QTimeZone m_zone;
    QMap<QDate, QString> m_holidays;
    std::array<DayRanges, 7> m_days;
    qint64 m_weekMs = 0;
};
