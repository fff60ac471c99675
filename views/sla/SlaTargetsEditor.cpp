#include "SlaTargetsEditor.h"

#include "common/WidgetStyle.h"
#include "sla/BusinessDuration.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace {

constexpr double maxHours = SlaPolicy::maxTargetMinutes / 60.0;

int minutesOf(const QDoubleSpinBox *box)
{
    return qRound(box->value() * 60.0);
}

QLabel *header(const QString &text)
{
    auto *label = new QLabel(text);
    WidgetStyle::mute(label);
    return label;
}

} // namespace

SlaTargetsEditor::SlaTargetsEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->addWidget(header(tr("Priority")), 0, 0);
    grid->addWidget(header(tr("Response within")), 0, 1);
    grid->addWidget(header(tr("Resolution within")), 0, 2);

    for (const Priority::Level level : Priority::all()) {
        const int index = Priority::index(level);
        const QString key = Priority::key(level);
        const QString priority = Priority::text(level);
        Row &row = m_rows[index];
        row.response = hoursBox(u"responseHours_"_s + key,
                                tr("Response target of the %1 priority").arg(priority));
        row.resolution = hoursBox(u"resolutionHours_"_s + key,
                                  tr("Resolution target of the %1 priority").arg(priority));
        row.words = new QLabel;
        row.words->setObjectName(u"targetWords_"_s + key);
        WidgetStyle::mute(row.words);
        auto *name = new QLabel(priority);
        name->setBuddy(row.response);
        grid->addWidget(name, index + 1, 0);
        grid->addWidget(row.response, index + 1, 1);
        grid->addWidget(row.resolution, index + 1, 2);
        grid->addWidget(row.words, index + 1, 3);
    }
    grid->setColumnStretch(3, 1);
}

QDoubleSpinBox *SlaTargetsEditor::hoursBox(const QString &objectName, const QString &accessibleName)
{
    auto *box = new QDoubleSpinBox;
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setRange(0, maxHours);
    box->setDecimals(2);
    box->setSingleStep(0.25);
    box->setSuffix(tr(" h"));
    box->setToolTip(tr("Business hours of the policy's calendar; 0.25 is a quarter of an hour."));
    connect(box, &QDoubleSpinBox::valueChanged, this, [this] {
        updateWords();
        emit changed();
    });
    return box;
}

void SlaTargetsEditor::setTargets(const std::array<SlaPolicy::Target, Priority::count> &targets)
{
    for (qsizetype i = 0; i < Priority::count; ++i) {
        const QSignalBlocker response(m_rows[i].response);
        const QSignalBlocker resolution(m_rows[i].resolution);
        m_rows[i].response->setValue(targets[i].responseMinutes / 60.0);
        m_rows[i].resolution->setValue(targets[i].resolutionMinutes / 60.0);
    }
    updateWords();
}

std::array<SlaPolicy::Target, Priority::count> SlaTargetsEditor::targets() const
{
    std::array<SlaPolicy::Target, Priority::count> result;
    for (qsizetype i = 0; i < Priority::count; ++i)
        result[i] = {minutesOf(m_rows[i].response), minutesOf(m_rows[i].resolution)};
    return result;
}

void SlaTargetsEditor::setWorkingDayMinutes(int minutes)
{
    m_workingDayMinutes = minutes;
    updateWords();
}

void SlaTargetsEditor::updateWords()
{
    for (const Row &row : m_rows) {
        const int response = minutesOf(row.response);
        const int resolution = minutesOf(row.resolution);
        if (response <= 0 || resolution <= 0) {
            row.words->clear();
            continue;
        }
        row.words->setText(tr("%1, then %2")
                               .arg(BusinessDuration::text(response, m_workingDayMinutes),
                                    BusinessDuration::text(resolution, m_workingDayMinutes)));
    }
}
