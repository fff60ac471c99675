#pragma once

#include "StoredAttachment.h"
#include "forms/FormUpload.h"
#include "storage/Result.h"

#include <QCoreApplication>

class Database;

// SQL over the attachments table, inside the caller's transaction. The
// content is kept in the database with its size and SHA-256, so that a
// backup of the database is a backup of everything.
class AttachmentTable
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentTable)

public:
    explicit AttachmentTable(const Database &database);

    // The stored row, content included, with its id and SHA-256.
    Result<StoredAttachment> insert(qint64 requestId, const FormUpload &upload) const;
    Result<StoredAttachment> byId(qint64 id) const;
    // The attachments of a request without their content, in order of id.
    Result<QList<StoredAttachment>> forRequest(qint64 requestId) const;

    static QString sha256Of(const QByteArray &content);

private:
    const Database &m_database;
};
