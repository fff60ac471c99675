#pragma once

#include <QDateTime>
#include <QString>

// A comment on a request. Internal comments stay inside IT; external ones
// reach the requester.
struct RequestComment
{
    enum class Visibility
    {
        Internal,
        External
    };

    qint64 id = 0;
    qint64 requestId = 0;
    qint64 authorId = 0;
    QString authorName;
    QString body;
    Visibility visibility = Visibility::Internal;
    QDateTime createdAt;
};
