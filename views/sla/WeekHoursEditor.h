#pragma once

#include "sla/WorkingRange.h"
#include "storage/Result.h"

#include <QWidget>
#include <array>

class QLabel;
class QLineEdit;
class QPushButton;

// A calendar's working week as a person writes it: one line per weekday
// holding its ranges, "08:30–12:00, 13:30–18:00", empty for a day off.
class WeekHoursEditor : public QWidget
{
    Q_OBJECT

public:
    explicit WeekHoursEditor(QWidget *parent = nullptr);

    void setRanges(const QList<WorkingRange> &ranges);
    // The ranges the lines say, or a message naming the first day that
    // cannot be read. Order and overlaps are BusinessCalendar::validate()'s.
    Result<QList<WorkingRange>> ranges() const;

    // One day's line read as ranges; the message names the day.
    static Result<QList<WorkingRange>> parseDay(int day, const QString &text);
    // The line of one day: its ranges, in order, separated by commas.
    static QString dayText(const QList<WorkingRange> &ranges, int day);

signals:
    void changed();

private:
    void copyMonday();
    void updateTotals();

    std::array<QLineEdit *, 7> m_days{};
    std::array<QLabel *, 7> m_totals{};
    QPushButton *m_copyMonday = nullptr;
};
