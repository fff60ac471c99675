#include "SubmissionCheck.h"

#include "forms/FormValidator.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

SubmissionCheck::SubmissionCheck(const FormSchema &schema, const QJsonObject &answers,
                                 const QList<FormUpload> &uploads, QDate today)
    : m_uploads(uploads)
{
    // Only the file's own name is kept: a path would tell where it came from.
    for (FormUpload &upload : m_uploads)
        upload.fileName = QFileInfo(upload.fileName).fileName();

    m_validation = FormValidator::validate(schema, mergeUploads(schema, answers), today);
    // Files of visible file fields only: an upload aimed at any other field
    // is not part of the answers.
    for (const FormUpload &upload : std::as_const(m_uploads)) {
        const FormField *field = schema.field(upload.fieldKey);
        if (field && field->type == FormField::Type::File &&
            m_validation.answers.contains(upload.fieldKey))
            m_kept.append(upload);
    }
}

QJsonObject SubmissionCheck::mergeUploads(const FormSchema &schema, QJsonObject answers) const
{
    for (const FormField &field : schema.fields()) {
        if (field.type != FormField::Type::File)
            continue;
        QJsonArray files;
        for (const FormUpload &upload : m_uploads) {
            if (upload.fieldKey == field.key)
                files.append(QJsonObject{{u"name"_s, upload.fileName},
                                         {u"size"_s, double(upload.size())},
                                         {u"mime"_s, upload.mimeType}});
        }
        if (files.isEmpty())
            answers.remove(field.key);
        else
            answers.insert(field.key, files);
    }
    return answers;
}

QString SubmissionCheck::refusal() const
{
    const QList<FormValidation::FieldError> &errors = m_validation.errors;
    if (errors.isEmpty())
        return {};
    if (errors.size() == 1)
        return errors.constFirst().message;
    return tr("%1 (and %n other problem(s) in the form)", nullptr, int(errors.size() - 1))
        .arg(errors.constFirst().message);
}
