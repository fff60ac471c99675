#include "SlaPolicyForm.h"

#include "SlaTargetsEditor.h"
#include "SlaTryItBox.h"
#include "common/MessageBar.h"
#include "common/WidgetStyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QSpinBox *percentBox(const QString &objectName)
{
    auto *box = new QSpinBox;
    box->setObjectName(objectName);
    box->setRange(0, 100);
    box->setSuffix(u" %"_s);
    return box;
}

SlaPolicy trimmed(SlaPolicy policy)
{
    policy.name = policy.name.trimmed();
    policy.description = policy.description.trimmed();
    return policy;
}

} // namespace

SlaPolicyForm::SlaPolicyForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"policyForm"_s);
    m_title = new QLabel;
    m_title->setObjectName(u"policyTitle"_s);
    WidgetStyle::scaleFont(m_title, 1.4, QFont::DemiBold);
    m_message = new MessageBar;
    m_message->setObjectName(u"policyMessage"_s);
    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(u"policySave"_s);
    m_save->setDefault(true);
    m_save->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_tryIt = new SlaTryItBox;

    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_message, 1);
    saveRow->addStretch(0); // keeps Save on the right while the bar is hidden
    saveRow->addWidget(m_save, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 0, 4, 0);
    layout->addWidget(m_title);
    layout->addLayout(createFields());
    layout->addLayout(saveRow);
    layout->addWidget(m_tryIt);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::textChanged, this, &SlaPolicyForm::revalidate);
    connect(m_description, &QPlainTextEdit::textChanged, this, &SlaPolicyForm::revalidate);
    connect(m_calendar, &QComboBox::currentIndexChanged, this, &SlaPolicyForm::revalidate);
    connect(m_warning, &QSpinBox::valueChanged, this, &SlaPolicyForm::revalidate);
    connect(m_critical, &QSpinBox::valueChanged, this, &SlaPolicyForm::revalidate);
    connect(m_targets, &SlaTargetsEditor::changed, this, &SlaPolicyForm::revalidate);
    connect(m_save, &QPushButton::clicked, this, &SlaPolicyForm::saveRequested);
}

QLayout *SlaPolicyForm::createFields()
{
    m_name = new QLineEdit;
    m_name->setObjectName(u"policyName"_s);
    m_description = new QPlainTextEdit;
    m_description->setObjectName(u"policyDescription"_s);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_description->setPlaceholderText(tr("What the policy commits to, and for which services"));
    m_calendar = new QComboBox;
    m_calendar->setObjectName(u"policyCalendar"_s);
    m_calendar->setToolTip(tr("The working hours and holidays in which the targets are counted."));
    m_warning = percentBox(u"policyWarning"_s);
    m_critical = percentBox(u"policyCritical"_s);
    m_targets = new SlaTargetsEditor;

    auto *thresholds = new QHBoxLayout;
    auto *criticalLabel = new QLabel(tr("C&ritical at:"));
    criticalLabel->setBuddy(m_critical);
    auto *hint = new QLabel(tr("of each target"));
    WidgetStyle::mute(hint);
    thresholds->addWidget(m_warning);
    thresholds->addSpacing(12);
    thresholds->addWidget(criticalLabel);
    thresholds->addWidget(m_critical);
    thresholds->addWidget(hint);
    thresholds->addStretch(1);

    auto *fields = new QFormLayout;
    fields->addRow(tr("&Name:"), m_name);
    fields->addRow(tr("&Description:"), m_description);
    fields->addRow(tr("&Calendar:"), m_calendar);
    auto *warningLabel = new QLabel(tr("&Warning at:"));
    warningLabel->setBuddy(m_warning);
    fields->addRow(warningLabel, thresholds);
    fields->addRow(tr("Targets:"), m_targets);
    return fields;
}

void SlaPolicyForm::setCalendars(const QList<BusinessCalendar> &calendars)
{
    m_calendars = calendars;
    const qint64 chosen = m_calendar->currentData().toLongLong();
    fillCalendars();
    m_calendar->setCurrentIndex(m_calendar->findData(chosen ? chosen : m_loaded.calendarId));
    revalidate(); // "try it" counts in the calendar as it now is
}

void SlaPolicyForm::fillCalendars()
{
    const QSignalBlocker blocker(m_calendar);
    m_calendar->clear();
    for (const BusinessCalendar &calendar : std::as_const(m_calendars)) {
        m_calendar->addItem(
            tr("%1 (%2)").arg(calendar.name(), QString::fromUtf8(calendar.timeZoneId())),
            calendar.id());
    }
}

void SlaPolicyForm::load(const SlaPolicy &policy)
{
    m_loaded = trimmed(policy);
    m_title->setText(policy.id == 0 ? tr("New SLA policy") : policy.name);
    {
        const QSignalBlocker name(m_name);
        const QSignalBlocker description(m_description);
        const QSignalBlocker calendar(m_calendar);
        const QSignalBlocker warning(m_warning);
        const QSignalBlocker critical(m_critical);
        m_name->setText(policy.name);
        m_description->setPlainText(policy.description);
        m_calendar->setCurrentIndex(m_calendar->findData(policy.calendarId));
        m_warning->setValue(policy.warningPercent);
        m_critical->setValue(policy.criticalPercent);
        m_targets->setTargets(policy.targets);
    }
    revalidate();
}

SlaPolicy SlaPolicyForm::policy() const
{
    SlaPolicy policy = m_loaded;
    policy.name = m_name->text().trimmed();
    policy.description = m_description->toPlainText().trimmed();
    policy.calendarId = m_calendar->currentData().toLongLong();
    policy.warningPercent = m_warning->value();
    policy.criticalPercent = m_critical->value();
    policy.targets = m_targets->targets();
    return policy;
}

bool SlaPolicyForm::isModified() const
{
    return m_loaded.id == 0 || policy() != m_loaded;
}

std::optional<BusinessCalendar> SlaPolicyForm::chosenCalendar() const
{
    const qint64 id = m_calendar->currentData().toLongLong();
    for (const BusinessCalendar &calendar : m_calendars) {
        if (calendar.id() == id)
            return calendar;
    }
    return std::nullopt;
}

void SlaPolicyForm::showError(const QString &message)
{
    m_message->showMessage(MessageBar::Kind::Error, message);
}

void SlaPolicyForm::revalidate()
{
    const SlaPolicy current = policy();
    const std::optional<BusinessCalendar> calendar = chosenCalendar();
    const Status valid = current.validate();
    m_valid = valid.ok();
    m_message->showMessage(MessageBar::Kind::Warning, valid.error());
    m_save->setEnabled(m_valid && isModified());
    m_targets->setWorkingDayMinutes(calendar ? calendar->workingDayMinutes() : 0);
    m_tryIt->setPolicy(current, calendar);
}
