#pragma once

#include "FormField.h"
#include "FormProblem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <optional>

// A checked request form: {"fields": [{field}, ...]}. Built only from a
// schema without problems, parsed once; what answers are checked against
// many times is prepared here: the order in which to evaluate conditions and
// the compiled patterns.
class FormSchema
{
    Q_DECLARE_TR_FUNCTIONS(FormSchema)

public:
    static constexpr int maxFields = 1000;
    static constexpr qsizetype maxJsonSize = 4 * 1024 * 1024;

    // An empty form.
    FormSchema() = default;

    // nullopt, and the problems with their places, for a malformed schema.
    static std::optional<FormSchema> fromJson(const QJsonObject &json,
                                              QList<FormProblem> *problems);
    static std::optional<FormSchema> fromJson(const QByteArray &json, QList<FormProblem> *problems);
    // The designer's list of fields, checked as if it had been written out.
    static std::optional<FormSchema> fromFields(const QList<FormField> &fields,
                                                QList<FormProblem> *problems);
    QJsonObject toJson() const;

    const QList<FormField> &fields() const { return m_fields; }
    bool isEmpty() const { return m_fields.isEmpty(); }
    int indexOf(const QString &key) const { return m_indexByKey.value(key, -1); }
    // nullptr when there is no such field.
    const FormField *field(const QString &key) const;
    QStringList keys() const;

    // Field indexes, each after the fields its condition reads.
    const QList<int> &evaluationOrder() const { return m_order; }
    // The field's pattern, anchored and compiled; invalid when it has none.
    const QRegularExpression &pattern(int index) const { return m_patterns.at(index); }

    bool operator==(const FormSchema &other) const { return m_fields == other.m_fields; }

private:
    QList<FormField> m_fields;
    QHash<QString, int> m_indexByKey;
    QList<int> m_order;
    QList<QRegularExpression> m_patterns;
};
