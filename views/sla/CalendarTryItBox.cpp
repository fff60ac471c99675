#include "CalendarTryItBox.h"

#include "SlaTimeText.h"
#include "common/WidgetStyle.h"

#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CalendarTryItBox::CalendarTryItBox(QWidget *parent)
    : QGroupBox(tr("Try It"), parent)
{
    setObjectName(u"calendarTryIt"_s);
    m_start = new QDateTimeEdit;
    m_start->setObjectName(u"tryStart"_s);
    SlaTimeText::setUpEdit(m_start);
    m_zone = new QLabel;
    m_zone->setObjectName(u"tryStartZone"_s);
    WidgetStyle::mute(m_zone);
    m_hours = new QDoubleSpinBox;
    m_hours->setObjectName(u"tryHours"_s);
    m_hours->setRange(0, 10000);
    m_hours->setDecimals(2);
    m_hours->setSingleStep(0.25);
    m_hours->setValue(4);
    m_hours->setSuffix(tr(" business hours"));
    m_end = new QLabel;
    m_end->setObjectName(u"tryEnd"_s);
    m_end->setWordWrap(true);
    m_end->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *fromLabel = new QLabel(tr("&From"));
    fromLabel->setBuddy(m_start);
    auto *inputs = new QHBoxLayout;
    inputs->addWidget(fromLabel);
    inputs->addWidget(m_start);
    inputs->addWidget(m_zone);
    inputs->addSpacing(8);
    inputs->addWidget(new QLabel(tr("plus")));
    inputs->addWidget(m_hours);
    inputs->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(inputs);
    layout->addWidget(m_end);

    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &CalendarTryItBox::recompute);
    connect(m_hours, &QDoubleSpinBox::valueChanged, this, &CalendarTryItBox::recompute);
}

void CalendarTryItBox::setCalendar(const std::optional<BusinessCalendar> &calendar)
{
    m_calendar = calendar;
    if (calendar && !m_startSet) {
        SlaTimeText::setNow(m_start, calendar->timeZone());
        m_startSet = true;
    }
    m_zone->setText(calendar ? tr("%1 time").arg(QString::fromUtf8(calendar->timeZoneId()))
                             : QString());
    recompute();
}

void CalendarTryItBox::recompute()
{
    WidgetStyle::setTone(m_end, WidgetStyle::Tone::Normal);
    if (!m_calendar) {
        m_end->setText(tr("Correct the calendar to try it."));
        WidgetStyle::mute(m_end);
        return;
    }
    const QTimeZone zone = m_calendar->timeZone();
    const qint64 minutes = qRound64(m_hours->value() * 60.0);
    const QDateTime end =
        m_calendar->addBusinessMinutes(SlaTimeText::startIn(m_start, zone), minutes);
    if (!end.isValid()) {
        m_end->setText(tr("The calendar cannot count that far."));
        return;
    }
    m_end->setText(tr("Ends %1").arg(SlaTimeText::text(end, zone)));
}
