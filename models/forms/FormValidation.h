#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// What FormValidator finds in the answers to a form: which fields are
// shown, the message of each field in error, and the answers to store.
struct FormValidation
{
    struct FieldError
    {
        QString key;
        QString message; // translated, names the field by its label

        bool operator==(const FieldError &) const = default;
    };

    // Visible fields only, cleaned; sections and unknown keys left out.
    QJsonObject answers;
    // At most one per field, in form order.
    QList<FieldError> errors;
    // Per field index of the schema.
    QList<bool> visible;

    bool ok() const { return errors.isEmpty(); }

    QString errorFor(const QString &key) const
    {
        for (const FieldError &error : errors) {
            if (error.key == key)
                return error.message;
        }
        return {};
    }
};
