#pragma once

#include <QString>
#include <QtGlobal>

// A group of people who fulfil services; leadId holds 0 when unset.
struct Team
{
    qint64 id = 0;
    QString name;
    qint64 leadId = 0;

    bool operator==(const Team &) const = default;
};
