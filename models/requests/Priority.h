#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

// How urgent a request is. SLA policies give each level its own targets;
// technicians may change it while they work the request.
class Priority
{
    Q_DECLARE_TR_FUNCTIONS(Priority)

public:
    enum class Level
    {
        Low,
        Normal,
        High,
        Critical
    };
    static constexpr int count = 4;

    // From low to critical.
    static const QList<Level> &all();
    // The word stored in the database ("high").
    static QString key(Level level);
    static std::optional<Level> fromKey(const QString &key);
    // What people read ("High").
    static QString text(Level level);
    static int index(Level level) { return int(level); }
};
