#pragma once

#include <QByteArray>
#include <QString>

// A file attached to a request, as the attachments table keeps it.
struct StoredAttachment
{
    qint64 id = 0;
    qint64 requestId = 0;
    QString fieldKey;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256; // lower-case hex of the content
    QByteArray content;
};
