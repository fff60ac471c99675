#pragma once

#include "forms/FormSchema.h"
#include "forms/FormUpload.h"
#include "forms/FormValidation.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

// Checks answers and uploads together before the store writes a request. The
// uploads are the truth about files: each file field's answer is rebuilt from
// the uploads sent for it (name, real size, MIME type), so a size limit
// cannot be dodged by sending smaller metadata, and the files kept are those
// of visible fields only.
class SubmissionCheck
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionCheck)

public:
    SubmissionCheck(const FormSchema &schema, const QJsonObject &answers,
                    const QList<FormUpload> &uploads, QDate today = QDate::currentDate());

    const FormValidation &validation() const { return m_validation; }
    bool ok() const { return m_validation.ok(); }
    // The uploads to store, in the order of their field's answer.
    const QList<FormUpload> &keptUploads() const { return m_kept; }
    // One sentence for the whole refusal: the first problem, and how many.
    QString refusal() const;

private:
    QJsonObject mergeUploads(const FormSchema &schema, QJsonObject answers) const;

    QList<FormUpload> m_uploads;
    FormValidation m_validation;
    QList<FormUpload> m_kept;
};
