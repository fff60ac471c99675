#pragma once

#include "sla/SlaPolicy.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;

// The response and resolution targets of a policy, one row per priority, in
// business hours to the quarter (stored as minutes), with each row's
// targets in words for the chosen calendar's working day.
class SlaTargetsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SlaTargetsEditor(QWidget *parent = nullptr);

    void setTargets(const std::array<SlaPolicy::Target, Priority::count> &targets);
    std::array<SlaPolicy::Target, Priority::count> targets() const;
    // The length of the calendar's working day, for the words: 0 for hours only.
    void setWorkingDayMinutes(int minutes);

signals:
    void changed();

private:
    struct Row
    {
        QDoubleSpinBox *response = nullptr;
        QDoubleSpinBox *resolution = nullptr;
        QLabel *words = nullptr;
    };

    QDoubleSpinBox *hoursBox(const QString &objectName, const QString &accessibleName);
    void updateWords();

    std::array<Row, Priority::count> m_rows;
    int m_workingDayMinutes = 0;
};
