#include "WorkingRange.h"

#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

bool WorkingRange::operator<(const WorkingRange &other) const
{
    if (day != other.day)
        return day < other.day;
    if (startMinute != other.startMinute)
        return startMinute < other.startMinute;
    return endMinute < other.endMinute;
}

QString WorkingRange::timeText(int minute)
{
    return u"%1:%2"_s.arg(minute / 60, 2, 10, QChar(u'0')).arg(minute % 60, 2, 10, QChar(u'0'));
}

std::optional<int> WorkingRange::minuteFromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() != 5 || trimmed.at(2) != u':')
        return std::nullopt;

    bool hoursOk = false;
    bool minutesOk = false;
    const int hours = trimmed.left(2).toInt(&hoursOk);
    const int minutes = trimmed.right(2).toInt(&minutesOk);
    if (!hoursOk || !minutesOk || hours < 0 || minutes < 0 || minutes > 59)
        return std::nullopt;

    const int minute = hours * 60 + minutes;
    if (minute > minutesPerDay)
        return std::nullopt;
    return minute;
}

QString WorkingRange::dayName(int day)
{
    switch (day) {
    case 1:
        return tr("Monday");
    case 2:
        return tr("Tuesday");
    case 3:
        return tr("Wednesday");
    case 4:
        return tr("Thursday");
    case 5:
        return tr("Friday");
    case 6:
        return tr("Saturday");
    case 7:
        return tr("Sunday");
    }
    return tr("day %1").arg(day);
}

QJsonArray WorkingRange::toJson(QList<WorkingRange> ranges)
{
    std::sort(ranges.begin(), ranges.end());
    QJsonArray array;
    for (const WorkingRange &range : ranges) {
        array.append(QJsonObject{{u"day"_s, range.day},
                                 {u"start"_s, timeText(range.startMinute)},
                                 {u"end"_s, timeText(range.endMinute)}});
    }
    return array;
}

Result<QList<WorkingRange>> WorkingRange::fromJson(const QJsonArray &array)
{
    using R = Result<QList<WorkingRange>>;
    QList<WorkingRange> ranges;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject entry = array.at(i).toObject();
        const int number = int(i + 1);
        const int day = entry.value(u"day"_s).toInt(0);
        if (day < 1 || day > 7) {
            return R::failure(
                tr("Working range %1 needs a day from 1 (Monday) to 7 (Sunday).").arg(number));
        }
        const auto start = minuteFromText(entry.value(u"start"_s).toString());
        const auto end = minuteFromText(entry.value(u"end"_s).toString());
        if (!start || !end) {
            return R::failure(tr("Working range %1 needs a start and an end written as HH:mm, "
                                 "from 00:00 to 24:00.")
                                  .arg(number));
        }
        ranges.append({day, *start, *end});
    }
    std::sort(ranges.begin(), ranges.end());
    return ranges;
}
