#include "CalendarForm.h"

#include "CalendarTryItBox.h"
#include "HolidaysEditor.h"
#include "WeekHoursEditor.h"
#include "common/MessageBar.h"
#include "common/WidgetStyle.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QGroupBox *group(const QString &title, QWidget *content, int contentStretch)
{
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content, contentStretch);
    layout->addStretch(1 - contentStretch);
    return box;
}

} // namespace

CalendarForm::CalendarForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"calendarForm"_s);
    m_title = new QLabel;
    m_title->setObjectName(u"calendarTitle"_s);
    WidgetStyle::scaleFont(m_title, 1.4, QFont::DemiBold);
    m_message = new MessageBar;
    m_message->setObjectName(u"calendarMessage"_s);
    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(u"calendarSave"_s);
    m_save->setDefault(true);
    m_save->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_tryIt = new CalendarTryItBox;

    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_message, 1);
    saveRow->addStretch(0); // keeps Save on the right while the bar is hidden
    saveRow->addWidget(m_save, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 0, 4, 0);
    layout->addWidget(m_title);
    layout->addLayout(createFields());
    layout->addLayout(createGroups(), 1);
    layout->addLayout(saveRow);
    layout->addWidget(m_tryIt);

    connect(m_name, &QLineEdit::textChanged, this, &CalendarForm::revalidate);
    connect(m_zone, &QComboBox::editTextChanged, this, &CalendarForm::revalidate);
    connect(m_week, &WeekHoursEditor::changed, this, &CalendarForm::revalidate);
    connect(m_holidays, &HolidaysEditor::changed, this, &CalendarForm::revalidate);
    connect(m_save, &QPushButton::clicked, this, &CalendarForm::saveRequested);
}

QLayout *CalendarForm::createFields()
{
    m_name = new QLineEdit;
    m_name->setObjectName(u"calendarName"_s);
    m_zone = new QComboBox;
    m_zone->setObjectName(u"calendarTimeZone"_s);
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->setMinimumContentsLength(24);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    // "paris" finds Europe/Paris.
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zone->setToolTip(tr("The IANA name of the zone whose wall clock the hours follow, "
                          "daylight saving included."));
    m_offset = new QLabel;
    m_offset->setObjectName(u"calendarOffset"_s);
    WidgetStyle::mute(m_offset);

    auto *zoneRow = new QHBoxLayout;
    zoneRow->addWidget(m_zone);
    zoneRow->addWidget(m_offset, 1);
    auto *fields = new QFormLayout;
    fields->addRow(tr("&Name:"), m_name);
    auto *zoneLabel = new QLabel(tr("&Time zone:"));
    zoneLabel->setBuddy(m_zone);
    fields->addRow(zoneLabel, zoneRow);
    return fields;
}

QLayout *CalendarForm::createGroups()
{
    m_week = new WeekHoursEditor;
    m_holidays = new HolidaysEditor;
    auto *row = new QHBoxLayout;
    // The week keeps its lines together; the holidays take the height.
    row->addWidget(group(tr("Working Hours"), m_week, 0), 1);
    row->addWidget(group(tr("Holidays"), m_holidays, 1), 1);
    return row;
}

void CalendarForm::load(const BusinessCalendar &calendar)
{
    m_loaded = calendar;
    m_loaded.setName(calendar.name().trimmed());
    m_title->setText(calendar.id() == 0 ? tr("New calendar") : calendar.name());
    {
        const QSignalBlocker name(m_name);
        const QSignalBlocker zone(m_zone);
        m_name->setText(calendar.name());
        m_zone->setEditText(QString::fromUtf8(calendar.timeZoneId()));
        m_week->setRanges(calendar.workingRanges());
        m_holidays->setHolidays(calendar.holidays());
    }
    revalidate();
}

BusinessCalendar CalendarForm::calendar() const
{
    BusinessCalendar calendar = m_loaded;
    calendar.setName(m_name->text().trimmed());
    calendar.setTimeZoneId(m_zone->currentText().trimmed().toUtf8());
    const auto ranges = m_week->ranges();
    calendar.setWorkingRanges(ranges ? *ranges : QList<WorkingRange>());
    calendar.setHolidays(m_holidays->holidays());
    return calendar;
}

bool CalendarForm::isModified() const
{
    return m_loaded.id() == 0 || !(calendar() == m_loaded);
}

void CalendarForm::showError(const QString &message)
{
    m_message->showMessage(MessageBar::Kind::Error, message);
}

void CalendarForm::revalidate()
{
    const BusinessCalendar current = calendar();
    const auto ranges = m_week->ranges();
    const Status valid = ranges ? current.validate() : Status::from(ranges);
    m_valid = valid.ok();
    m_message->showMessage(MessageBar::Kind::Warning, valid.error());
    m_save->setEnabled(m_valid && isModified());
    updateOffset();
    m_tryIt->setCalendar(m_valid ? std::optional(current) : std::nullopt);
}

void CalendarForm::updateOffset()
{
    const QByteArray id = m_zone->currentText().trimmed().toUtf8();
    if (!BusinessCalendar::isKnownTimeZone(id)) {
        m_offset->clear();
        return;
    }
    const QTimeZone zone(id);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_offset->setText(tr("now %1, %2")
                          .arg(zone.displayName(now, QTimeZone::OffsetName),
                               now.toTimeZone(zone).time().toString(u"HH:mm"_s)));
}
