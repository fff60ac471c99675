#pragma once

#include "requests/Priority.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QString>
#include <array>

// A firm commitment: how soon a request is taken (response) and done
// (resolution), in business minutes of the policy's calendar, for each
// priority; and when it turns to warning and critical, as shares of each
// target. Requests keep the targets of their clock start: editing a policy
// changes new requests only.
class SlaPolicy
{
    Q_DECLARE_TR_FUNCTIONS(SlaPolicy)

public:
    struct Target
    {
        int responseMinutes = 0;
        int resolutionMinutes = 0;

        bool operator==(const Target &) const = default;
    };

    static constexpr int maxTargetMinutes = 365 * 24 * 60;

    qint64 id = 0;
    QString name;
    QString description;
    qint64 calendarId = 0;
    int warningPercent = 50;
    int criticalPercent = 80;
    // By Priority::index().
    std::array<Target, Priority::count> targets = defaultTargets();

    const Target &target(Priority::Level level) const { return targets[Priority::index(level)]; }
    Target &target(Priority::Level level) { return targets[Priority::index(level)]; }

    // The first problem an editor shows: no name, no calendar, a target that
    // is not positive or absurdly long, a resolution shorter than the
    // response, thresholds out of 1–99 % or not in order.
    Status validate() const;

    // What a new policy offers before the administrator changes it.
    static std::array<Target, Priority::count> defaultTargets();

    bool operator==(const SlaPolicy &) const = default;

private:
    Status validateTarget(Priority::Level level) const;
};
