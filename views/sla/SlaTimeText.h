#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

class QDateTimeEdit;

// Instants as the SLA editors show them: on the wall clock of the
// calendar's time zone, and on the user's own clock when it shows another
// time, so that "12:00" is never ambiguous.
class SlaTimeText
{
    Q_DECLARE_TR_FUNCTIONS(SlaTimeText)

public:
    // "Tue 16 Jun 2026, 12:00 (Europe/Paris)", then "— 10:00 your time" when
    // the local clock differs; the date is repeated only when it differs too.
    static QString text(const QDateTime &instant, const QTimeZone &zone);
    // The wall clock of zone at instant.
    static QString wallClock(const QDateTime &instant, const QTimeZone &zone);

    // A start field read as a wall clock of zone (QDateTimeEdit knows no time
    // zone before Qt 6.7).
    static QDateTime startIn(const QDateTimeEdit *edit, const QTimeZone &zone);
    // Shows now, to the minute, on the wall clock of zone.
    static void setNow(QDateTimeEdit *edit, const QTimeZone &zone);
    // Makes edit a wall-clock field with the editors' format and a calendar.
    static void setUpEdit(QDateTimeEdit *edit);
};
