#pragma once

#include "FormAnswerCheck.h"

#include <QCoreApplication>

// Checks the answer of a file field: the metadata of its attachments,
// {"name", "size", "mime"} and, once stored, "id" and "sha256". One object
// or a list of them; the cleaned answer is always a list.
class FormAttachmentCheck
{
    Q_DECLARE_TR_FUNCTIONS(FormAttachmentCheck)

public:
    // Attachments live in the database: no file above this size is kept,
    // whatever the field allows.
    static constexpr qint64 maxStoredFileSize = qint64(50) * 1024 * 1024;

    static FormAnswerCheck::Outcome check(const FormField &field, const QJsonValue &answer);

    // Whether a file of this name may be attached to the field: its
    // extension is one the field allows ("report.PDF" for "pdf").
    static bool allowsFileName(const FormField &field, const QString &name);

    // The largest file the field accepts: its own limit, never above
    // maxStoredFileSize.
    static qint64 sizeLimit(const FormField &field);
    // Empty when a file of this size may be attached, else why not.
    static QString sizeError(const FormField &field, const QString &name, qint64 size);

private:
    static QString checkOne(const FormField &field, const QJsonValue &attachment,
                            QJsonObject *cleaned);
};
