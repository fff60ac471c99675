#include "AttachmentTable.h"

#include "storage/Database.h"

#include <QCryptographicHash>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace {

StoredAttachment readRow(const QSqlQuery &q, bool withContent)
{
    StoredAttachment attachment;
    attachment.id = q.value(0).toLongLong();
    attachment.requestId = q.value(1).toLongLong();
    attachment.fieldKey = q.value(2).toString();
    attachment.fileName = q.value(3).toString();
    attachment.mimeType = q.value(4).toString();
    attachment.size = q.value(5).toLongLong();
    attachment.sha256 = q.value(6).toString();
    if (withContent)
        attachment.content = q.value(7).toByteArray();
    return attachment;
}

} // namespace

AttachmentTable::AttachmentTable(const Database &database)
    : m_database(database)
{}

QString AttachmentTable::sha256Of(const QByteArray &content)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

Result<StoredAttachment> AttachmentTable::insert(qint64 requestId, const FormUpload &upload) const
{
    StoredAttachment stored;
    stored.requestId = requestId;
    stored.fieldKey = upload.fieldKey;
    stored.fileName = upload.fileName;
    stored.mimeType = upload.mimeType.isEmpty() ? u"application/octet-stream"_s : upload.mimeType;
    stored.size = upload.size();
    stored.sha256 = sha256Of(upload.content);
    stored.content = upload.content;

    QSqlQuery q = m_database.query();
    q.prepare(u"INSERT INTO attachments (request_id, field_key, file_name, mime_type, "
              "size_bytes, sha256, content) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(requestId);
    q.addBindValue(stored.fieldKey);
    q.addBindValue(stored.fileName);
    q.addBindValue(stored.mimeType);
    q.addBindValue(stored.size);
    q.addBindValue(stored.sha256);
    q.addBindValue(stored.content);
    if (!q.exec() || !q.next())
        return Result<StoredAttachment>::failure(Database::errorText(q.lastError()));
    stored.id = q.value(0).toLongLong();
    return stored;
}

Result<StoredAttachment> AttachmentTable::byId(qint64 id) const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT id, request_id, field_key, file_name, mime_type, size_bytes, sha256, "
              "content FROM attachments WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Result<StoredAttachment>::failure(Database::errorText(q.lastError()));
    if (!q.next())
        return Result<StoredAttachment>::failure(tr("Attachment #%1 does not exist.").arg(id));
    return readRow(q, true);
}

Result<QList<StoredAttachment>> AttachmentTable::forRequest(qint64 requestId) const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT id, request_id, field_key, file_name, mime_type, size_bytes, sha256 "
              "FROM attachments WHERE request_id = ? ORDER BY id"_s);
    q.addBindValue(requestId);
    if (!q.exec())
        return Result<QList<StoredAttachment>>::failure(Database::errorText(q.lastError()));
    QList<StoredAttachment> attachments;
    while (q.next())
        attachments.append(readRow(q, false));
    return attachments;
}
