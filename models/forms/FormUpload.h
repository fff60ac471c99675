#pragma once

#include <QByteArray>
#include <QString>

// A file the requester attached to a file field, on its way to the store.
// The answer of the field holds its metadata ({"name", "size", "mime"});
// the store matches each upload to that metadata, checks the size against
// the field's limit, and keeps the content with its SHA-256.
struct FormUpload
{
    QString fieldKey;
    QString fileName; // without folders
    QString mimeType;
    QByteArray content;

    qint64 size() const { return content.size(); }
};
