#include "FormAttachmentCheck.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

bool isWholeNumber(const QJsonValue &value, double smallest)
{
    const double number = value.toDouble();
    return value.isDouble() && std::floor(number) == number && number >= smallest &&
           number <= FormAnswerCheck::maxWholeNumber;
}

} // namespace

FormAnswerCheck::Outcome FormAttachmentCheck::check(const FormField &field,
                                                    const QJsonValue &answer)
{
    const QString wrongType =
        tr("\"%1\" must hold attached files, each with a name and a size.").arg(field.label);
    if (!answer.isArray() && !answer.isObject())
        return {QJsonValue::Undefined, wrongType};

    const QJsonArray attachments = answer.isArray() ? answer.toArray() : QJsonArray{answer};
    if (attachments.size() > FormAnswerCheck::maxAttachments)
        return {QJsonValue::Undefined,
                tr("\"%1\" holds at most %n file(s).", nullptr, FormAnswerCheck::maxAttachments)
                    .arg(field.label)};

    QJsonArray cleaned;
    QString firstError;
    for (const QJsonValue &attachment : attachments) {
        QJsonObject one;
        const QString error = checkOne(field, attachment, &one);
        if (one.isEmpty())
            return {QJsonValue::Undefined, wrongType};
        if (firstError.isEmpty())
            firstError = error;
        cleaned.append(one);
    }
    if (cleaned.isEmpty())
        return {};
    return {cleaned, firstError};
}

bool FormAttachmentCheck::allowsFileName(const FormField &field, const QString &name)
{
    if (field.extensions.isEmpty())
        return true;
    return std::any_of(field.extensions.begin(), field.extensions.end(),
                       [&name](const QString &extension) {
                           return name.endsWith(u'.' + extension, Qt::CaseInsensitive);
                       });
}

// Fills cleaned with the attachment's metadata, or leaves it empty when the
// metadata is malformed; returns what breaks the field's rules.
QString FormAttachmentCheck::checkOne(const FormField &field, const QJsonValue &attachment,
                                      QJsonObject *cleaned)
{
    const QJsonObject object = attachment.toObject();
    const QJsonValue name = object.value(u"name"_s);
    const QJsonValue size = object.value(u"size"_s);
    const QJsonValue mime = object.value(u"mime"_s);
    const QJsonValue id = object.value(u"id"_s);
    const QJsonValue sha256 = object.value(u"sha256"_s);
    if (!name.isString() || name.toString().trimmed().isEmpty() || name.toString().size() > 255 ||
        !isWholeNumber(size, 0) || !(mime.isUndefined() || mime.isString()) ||
        !(id.isUndefined() || isWholeNumber(id, 1)) || !(sha256.isUndefined() || sha256.isString()))
        return {};

    *cleaned = QJsonObject{{u"name"_s, name}, {u"size"_s, size}, {u"mime"_s, mime.toString()}};
    if (!id.isUndefined())
        cleaned->insert(u"id"_s, id);
    if (!sha256.isUndefined())
        cleaned->insert(u"sha256"_s, sha256);

    if (!allowsFileName(field, name.toString()))
        return tr("\"%1\" cannot be attached to \"%2\": only %3 files are accepted.")
            .arg(name.toString(), field.label, QLocale().createSeparatedList(field.extensions));
    return sizeError(field, name.toString(), qint64(size.toDouble()));
}

qint64 FormAttachmentCheck::sizeLimit(const FormField &field)
{
    return field.maxSizeBytes > 0 ? std::min(field.maxSizeBytes, maxStoredFileSize)
                                  : maxStoredFileSize;
}

QString FormAttachmentCheck::sizeError(const FormField &field, const QString &name, qint64 size)
{
    const qint64 limit = sizeLimit(field);
    if (size <= limit)
        return {};
    const QLocale locale;
    return tr("\"%1\" is too large for \"%2\": it has %3, and the limit is %4.")
        .arg(name, field.label, locale.formattedDataSize(size), locale.formattedDataSize(limit));
}
