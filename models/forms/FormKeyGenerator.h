#pragma once

#include <QString>
#include <QStringList>

// Makes the key of a new field from its label: "Desired date" gives
// "desired_date". Keys are never reused for another meaning, so the caller
// passes every key the form has ever used, including those of removed
// fields, and gets "desired_date_2" when "desired_date" is taken.
class FormKeyGenerator
{
public:
    static constexpr int maxSlugLength = 40;

    static QString keyFor(const QString &label, const QStringList &usedKeys);
    // The label in lower-case ASCII words joined by underscores; "field"
    // when nothing of it is left.
    static QString slug(const QString &label);
};
