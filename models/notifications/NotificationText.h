#pragma once

#include "NotificationEvent.h"

#include <QString>

// The subject and plain-text body of each notification, in the recipient's
// language. The tracking number is always in the subject, so that mail
// clients thread the messages of one request.
class NotificationText
{
public:
    struct Message
    {
        QString subject;
        QString body;
    };

    static Message compose(NotificationEvent event, const NotificationFacts &facts,
                           const QString &language);
    // The event's key in the notifications table ("approval_needed").
    static QString eventKey(NotificationEvent event);
};
