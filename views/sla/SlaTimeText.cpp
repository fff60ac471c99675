#include "SlaTimeText.h"

#include <QDateTimeEdit>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString dateText(const QDateTime &wall)
{
    return QLocale().toString(wall.date(), u"ddd d MMM yyyy"_s);
}

QString timeText(const QDateTime &wall)
{
    return wall.time().toString(u"HH:mm"_s);
}

} // namespace

QString SlaTimeText::wallClock(const QDateTime &instant, const QTimeZone &zone)
{
    const QDateTime wall = instant.toTimeZone(zone);
    return tr("%1, %2").arg(dateText(wall), timeText(wall));
}

QString SlaTimeText::text(const QDateTime &instant, const QTimeZone &zone)
{
    if (!instant.isValid())
        return tr("never: the calendar has no working time");
    const QDateTime inZone = instant.toTimeZone(zone);
    const QString zoned = tr("%1 (%2)").arg(wallClock(instant, zone), QString::fromUtf8(zone.id()));

    // Compared as wall clocks: a zone with the same offset reads the same.
    const QDateTime local = instant.toLocalTime();
    if (local.date() == inZone.date() && local.time() == inZone.time())
        return zoned;
    const QString localText = local.date() == inZone.date()
                                  ? timeText(local)
                                  : tr("%1, %2").arg(dateText(local), timeText(local));
    return tr("%1 — %2 your time").arg(zoned, localText);
}

QDateTime SlaTimeText::startIn(const QDateTimeEdit *edit, const QTimeZone &zone)
{
    const QDateTime wall = edit->dateTime();
    return QDateTime(wall.date(), wall.time(), zone);
}

void SlaTimeText::setNow(QDateTimeEdit *edit, const QTimeZone &zone)
{
    const QDateTime now = QDateTime::currentDateTimeUtc().toTimeZone(zone);
    const QTime minute(now.time().hour(), now.time().minute());
    edit->setDateTime(QDateTime(now.date(), minute, QTimeZone::utc()));
}

void SlaTimeText::setUpEdit(QDateTimeEdit *edit)
{
    // The field holds a wall clock: as UTC, it never skips nor shifts an hour
    // for the daylight-saving changes of this machine's zone.
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    edit->setCalendarPopup(true);
}
