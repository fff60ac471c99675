#include "SlaTryItBox.h"

#include "SlaTimeText.h"
#include "common/WidgetStyle.h"
#include "sla/SlaSchedule.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *valueLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *mutedLabel(const QString &text = {})
{
    auto *label = new QLabel(text);
    WidgetStyle::mute(label);
    return label;
}

} // namespace

SlaTryItBox::SlaTryItBox(QWidget *parent)
    : QGroupBox(tr("Try It"), parent)
{
    setObjectName(u"policyTryIt"_s);
    m_start = new QDateTimeEdit;
    m_start->setObjectName(u"tryStart"_s);
    SlaTimeText::setUpEdit(m_start);
    m_zone = mutedLabel();
    m_zone->setObjectName(u"tryStartZone"_s);
    m_priority = new QComboBox;
    m_priority->setObjectName(u"tryPriority"_s);
    for (const Priority::Level level : Priority::all())
        m_priority->addItem(Priority::text(level), int(level));
    m_priority->setCurrentIndex(Priority::index(Priority::Level::Normal));

    auto *startLabel = new QLabel(tr("A request of priority"));
    startLabel->setBuddy(m_priority);
    auto *inputs = new QHBoxLayout;
    inputs->addWidget(startLabel);
    inputs->addWidget(m_priority);
    inputs->addWidget(new QLabel(tr("starting")));
    inputs->addWidget(m_start);
    inputs->addWidget(m_zone);
    inputs->addStretch(1);

    m_problem = mutedLabel();
    m_problem->setObjectName(u"tryProblem"_s);
    m_problem->setWordWrap(true);
    m_results = new QWidget;
    auto *grid = new QGridLayout(m_results);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(1, 1);
    m_response = addClock(grid, 0, tr("Response due:"), u"tryResponse"_s);
    grid->setRowMinimumHeight(3, 8);
    m_resolution = addClock(grid, 4, tr("Resolution due:"), u"tryResolution"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(inputs);
    layout->addWidget(m_problem);
    layout->addWidget(m_results);

    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &SlaTryItBox::recompute);
    connect(m_priority, &QComboBox::currentIndexChanged, this, &SlaTryItBox::recompute);
}

SlaTryItBox::ClockLabels SlaTryItBox::addClock(QGridLayout *grid, int row, const QString &dueText,
                                               const QString &prefix)
{
    ClockLabels labels;
    labels.due = valueLabel(prefix + u"Due"_s);
    WidgetStyle::scaleFont(labels.due, 1.0, QFont::DemiBold);
    labels.warning = valueLabel(prefix + u"Warning"_s);
    labels.critical = valueLabel(prefix + u"Critical"_s);
    WidgetStyle::mute(labels.warning);
    WidgetStyle::mute(labels.critical);
    labels.warningName = mutedLabel();
    labels.criticalName = mutedLabel();
    grid->addWidget(new QLabel(dueText), row, 0);
    grid->addWidget(labels.due, row, 1);
    grid->addWidget(labels.warningName, row + 1, 0, Qt::AlignRight);
    grid->addWidget(labels.warning, row + 1, 1);
    grid->addWidget(labels.criticalName, row + 2, 0, Qt::AlignRight);
    grid->addWidget(labels.critical, row + 2, 1);
    return labels;
}

void SlaTryItBox::setPolicy(const SlaPolicy &policy,
                            const std::optional<BusinessCalendar> &calendar)
{
    m_policy = policy;
    m_calendar = calendar;
    // The start follows the calendar's clock: now, the first time it is known.
    if (calendar && calendar->timeZone().isValid() && m_zoneShown.isEmpty())
        SlaTimeText::setNow(m_start, calendar->timeZone());
    if (calendar)
        m_zoneShown = calendar->timeZoneId();
    m_zone->setText(calendar ? tr("%1 time").arg(QString::fromUtf8(calendar->timeZoneId()))
                             : QString());
    recompute();
}

void SlaTryItBox::showNothing(const QString &reason)
{
    m_problem->setText(reason);
    m_problem->show();
    m_results->hide();
}

void SlaTryItBox::recompute()
{
    const auto level = Priority::Level(m_priority->currentData().toInt());
    const SlaPolicy::Target &target = m_policy.target(level);
    if (!m_calendar) {
        showNothing(tr("Choose a calendar to see the due dates."));
        return;
    }
    if (target.responseMinutes <= 0 || target.resolutionMinutes <= 0) {
        showNothing(tr("Give the %1 priority targets longer than zero to see its due dates.")
                        .arg(Priority::text(level)));
        return;
    }
    const QTimeZone zone = m_calendar->timeZone();
    const auto schedule =
        SlaSchedule::compute(m_policy, *m_calendar, level, SlaTimeText::startIn(m_start, zone));
    if (!schedule) {
        showNothing(tr("The calendar \"%1\" cannot count business time: it has no working "
                       "time or an unknown time zone.")
                        .arg(m_calendar->name()));
        return;
    }

    m_problem->hide();
    m_results->show();
    const auto show = [&](const ClockLabels &labels, const SlaSchedule::Clock &clock) {
        labels.due->setText(SlaTimeText::text(clock.dueAt, zone));
        labels.warningName->setText(tr("warning at %1 %:").arg(m_policy.warningPercent));
        labels.warning->setText(SlaTimeText::text(clock.warningAt, zone));
        labels.criticalName->setText(tr("critical at %1 %:").arg(m_policy.criticalPercent));
        labels.critical->setText(SlaTimeText::text(clock.criticalAt, zone));
    };
    show(m_response, schedule->response);
    show(m_resolution, schedule->resolution);
}
