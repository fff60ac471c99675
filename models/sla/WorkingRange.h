#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <optional>

// One stretch of working time on one weekday, in the calendar's local time:
// [start, end) in minutes since midnight. An end of 1440 (written "24:00")
// means midnight at the end of the day, so "00:00"–"24:00" is the whole day.
//
// In the working_hours column a calendar's week is a JSON array of these,
// ordered by day then start:
//   [{"day": 1, "start": "09:00", "end": "18:00"}, ...]
// where day is the ISO weekday (1 = Monday ... 7 = Sunday) and start and end
// are "HH:mm" between "00:00" and "24:00". A day without an entry is not
// worked; a day may have several entries (a lunch break between two ranges).
struct WorkingRange
{
    Q_DECLARE_TR_FUNCTIONS(WorkingRange)

public:
    static constexpr int minutesPerDay = 24 * 60;

    int day = 1;
    int startMinute = 0;
    int endMinute = 0;

    int lengthMinutes() const { return endMinute - startMinute; }
    bool operator==(const WorkingRange &other) const = default;
    bool operator<(const WorkingRange &other) const;

    // "09:00", "24:00" for 1440.
    static QString timeText(int minute);
    // The minute of "HH:mm" (00:00 to 24:00), or nothing for other text.
    static std::optional<int> minuteFromText(const QString &text);
    // The translated name of an ISO weekday, for messages and editors.
    static QString dayName(int day);

    // The working_hours JSON described above, sorted.
    static QJsonArray toJson(QList<WorkingRange> ranges);
    // Reads the working_hours JSON; a message names the first malformed entry.
    // Start before end and ranges that do not overlap are checked by
    // BusinessCalendar::validate(), so that an editor can show a bad week.
    static Result<QList<WorkingRange>> fromJson(const QJsonArray &array);
};
