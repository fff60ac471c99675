#pragma once

#include "FormField.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QString>

// An answer of a request form as people read it: choice labels instead of
// values, dates and numbers in the reader's locale, date-times in the
// reader's time zone, people by name, files by name and size. Read-only
// views, notifications and exports all word answers the same way.
class FormAnswerText
{
    Q_DECLARE_TR_FUNCTIONS(FormAnswerText)

public:
    using PersonNames = QHash<qint64, QString>;

    // Empty when the field holds no answer.
    static QString text(const FormField &field, const QJsonValue &answer,
                        const PersonNames &people = {});

    // One attached file: "report.pdf (12 KB)".
    static QString fileText(const QJsonValue &file);
    static bool isEmptyAnswer(const QJsonValue &answer);

private:
    static QString choiceLabel(const FormField &field, const QString &value);
    static QString numberText(const FormField &field, double value);
    static QString dateTimeText(const QString &iso);
    static QString filesText(const QJsonValue &answer);
};
