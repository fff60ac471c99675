#pragma once

#include <QString>
#include <QtGlobal>

// A node of the catalog tree. parentId 0 means a top-level category.
struct Category
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString name;
    QString description;
    QString icon;
    int displayOrder = 0;

    bool operator==(const Category &) const = default;
};
