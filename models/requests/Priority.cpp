#include "Priority.h"

using namespace Qt::StringLiterals;

const QList<Priority::Level> &Priority::all()
{
    static const QList<Level> levels = {Level::Low, Level::Normal, Level::High, Level::Critical};
    return levels;
}

QString Priority::key(Level level)
{
    switch (level) {
    case Level::Low:
        return u"low"_s;
    case Level::High:
        return u"high"_s;
    case Level::Critical:
        return u"critical"_s;
    case Level::Normal:
        break;
    }
    return u"normal"_s;
}

std::optional<Priority::Level> Priority::fromKey(const QString &key)
{
    for (const Level level : all()) {
        if (Priority::key(level) == key)
            return level;
    }
    return std::nullopt;
}

QString Priority::text(Level level)
{
    switch (level) {
    case Level::Low:
        return tr("Low");
    case Level::High:
        return tr("High");
    case Level::Critical:
        return tr("Critical");
    case Level::Normal:
        break;
    }
    return tr("Normal");
}
