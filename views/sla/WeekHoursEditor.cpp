#include "WeekHoursEditor.h"

#include "common/WidgetStyle.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// "9:00" as well as "09:00": people drop the leading zero.
std::optional<int> minuteOf(const QString &text)
{
    const QString time = text.trimmed();
    return WorkingRange::minuteFromText(time.indexOf(u':') == 1 ? u"0"_s + time : time);
}

// Only for ranges in order that do not overlap: other totals would mislead.
bool isSound(QList<WorkingRange> ranges)
{
    std::sort(ranges.begin(), ranges.end());
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        if (ranges.at(i).lengthMinutes() <= 0)
            return false;
        if (i > 0 && ranges.at(i).startMinute < ranges.at(i - 1).endMinute)
            return false;
    }
    return true;
}

QString totalText(int minutes)
{
    if (minutes == 0)
        return WeekHoursEditor::tr("closed");
    if (minutes % 60 == 0)
        return WeekHoursEditor::tr("%1 h").arg(minutes / 60);
    return WeekHoursEditor::tr("%1 h %2").arg(minutes / 60).arg(minutes % 60, 2, 10, QChar(u'0'));
}

} // namespace

WeekHoursEditor::WeekHoursEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(4);
    for (int day = 1; day <= 7; ++day) {
        QLineEdit *&edit = m_days[day - 1];
        edit = new QLineEdit;
        edit->setObjectName(u"workingHours%1"_s.arg(day));
        edit->setPlaceholderText(tr("Closed"));
        edit->setAccessibleName(tr("Working hours on %1").arg(WorkingRange::dayName(day)));
        edit->setToolTip(tr("Ranges of working time such as 08:30–12:00, 13:30–18:00; "
                            "24:00 is the end of the day. Empty for a day off."));
        auto *name = new QLabel(WorkingRange::dayName(day));
        name->setBuddy(edit);
        m_totals[day - 1] = new QLabel;
        m_totals[day - 1]->setObjectName(u"workingTotal%1"_s.arg(day));
        m_totals[day - 1]->setMinimumWidth(fontMetrics().horizontalAdvance(u"00 h 00"_s));
        WidgetStyle::mute(m_totals[day - 1]);
        grid->addWidget(name, day - 1, 0);
        grid->addWidget(edit, day - 1, 1);
        grid->addWidget(m_totals[day - 1], day - 1, 2);
        connect(edit, &QLineEdit::textChanged, this, [this] {
            updateTotals();
            emit changed();
        });
    }
    m_copyMonday = new QPushButton(tr("Copy &Monday to Weekdays"));
    m_copyMonday->setObjectName(u"copyMonday"_s);
    m_copyMonday->setAutoDefault(false);
    m_copyMonday->setToolTip(tr("Gives Tuesday to Friday the hours of Monday."));
    grid->addWidget(m_copyMonday, 7, 1, Qt::AlignLeft);
    grid->setColumnStretch(1, 1);
    connect(m_copyMonday, &QPushButton::clicked, this, &WeekHoursEditor::copyMonday);
}

void WeekHoursEditor::setRanges(const QList<WorkingRange> &ranges)
{
    for (int day = 1; day <= 7; ++day) {
        const QSignalBlocker blocker(m_days[day - 1]);
        m_days[day - 1]->setText(dayText(ranges, day));
    }
    updateTotals();
}

Result<QList<WorkingRange>> WeekHoursEditor::ranges() const
{
    QList<WorkingRange> all;
    for (int day = 1; day <= 7; ++day) {
        const auto ranges = parseDay(day, m_days[day - 1]->text());
        if (!ranges)
            return ranges;
        all.append(*ranges);
    }
    return all;
}

Result<QList<WorkingRange>> WeekHoursEditor::parseDay(int day, const QString &text)
{
    static const QRegularExpression rangeSeparator(u"\\s*[-–—]\\s*"_s);
    static const QRegularExpression rangeListSeparator(u"[,;]"_s);
    QList<WorkingRange> ranges;
    for (const QString &piece : text.split(rangeListSeparator)) {
        if (piece.trimmed().isEmpty())
            continue;
        const QStringList ends = piece.trimmed().split(rangeSeparator);
        const auto start = ends.size() == 2 ? minuteOf(ends.at(0)) : std::nullopt;
        const auto end = ends.size() == 2 ? minuteOf(ends.at(1)) : std::nullopt;
        if (!start || !end) {
            return Result<QList<WorkingRange>>::failure(
                tr("On %1, \"%2\" is not a range of hours: write ranges such as "
                   "08:30–12:00, 13:30–18:00, from 00:00 to 24:00.")
                    .arg(WorkingRange::dayName(day), piece.trimmed()));
        }
        ranges.append({day, *start, *end});
    }
    return ranges;
}

QString WeekHoursEditor::dayText(const QList<WorkingRange> &ranges, int day)
{
    QList<WorkingRange> ofDay;
    std::copy_if(ranges.cbegin(), ranges.cend(), std::back_inserter(ofDay),
                 [day](const WorkingRange &range) { return range.day == day; });
    std::sort(ofDay.begin(), ofDay.end());
    QStringList texts;
    for (const WorkingRange &range : std::as_const(ofDay))
        texts << WorkingRange::timeText(range.startMinute) + u"–"_s +
                     WorkingRange::timeText(range.endMinute);
    return texts.join(u", "_s);
}

void WeekHoursEditor::copyMonday()
{
    // One signal for the whole change: the form revalidates once.
    const QString monday = m_days[0]->text();
    for (int day = 2; day <= 5; ++day) {
        const QSignalBlocker blocker(m_days[day - 1]);
        m_days[day - 1]->setText(monday);
    }
    updateTotals();
    emit changed();
}

void WeekHoursEditor::updateTotals()
{
    for (int day = 1; day <= 7; ++day) {
        const auto ranges = parseDay(day, m_days[day - 1]->text());
        if (!ranges || !isSound(*ranges)) {
            m_totals[day - 1]->clear();
            continue;
        }
        int minutes = 0;
        for (const WorkingRange &range : *ranges)
            minutes += range.lengthMinutes();
        m_totals[day - 1]->setText(totalText(minutes));
    }
}
