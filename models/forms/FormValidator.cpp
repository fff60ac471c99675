#include "FormValidator.h"

#include "FormAnswerCheck.h"

#include <QHash>

FormValidation FormValidator::validate(const FormSchema &schema, const QJsonObject &answers,
                                       QDate today)
{
    const QList<FormField> &fields = schema.fields();
    FormValidation result;
    result.visible.fill(false, fields.size());

    // The answers conditions see: those of the fields already found
    // visible. The evaluation order puts every field after the fields its
    // condition reads, so a field hidden by a hidden field is hidden too.
    QHash<QString, QJsonValue> shown;
    shown.reserve(fields.size());
    const FormCondition::AnswerLookup answerOf = [&shown](const QString &key) {
        return shown.value(key, QJsonValue::Undefined);
    };

    QList<QString> messages(fields.size());
    for (const int index : schema.evaluationOrder()) {
        const FormField &field = fields.at(index);
        if (!field.visibleWhen.isAlways() && !field.visibleWhen.evaluate(answerOf))
            continue;
        result.visible[index] = true;
        if (!field.hasAnswer())
            continue;

        const auto outcome =
            FormAnswerCheck::check(field, schema.pattern(index), answers.value(field.key), today);
        if (!outcome.isEmpty())
            shown.insert(field.key, outcome.value);

        messages[index] = outcome.error;
        if (outcome.error.isEmpty() && outcome.isEmpty() && field.required)
            messages[index] = tr("\"%1\" needs an answer.").arg(field.label);
    }

    // In form order, not in evaluation order.
    for (int index = 0; index < fields.size(); ++index) {
        if (!messages.at(index).isEmpty())
            result.errors.append({fields.at(index).key, messages.at(index)});
    }
    for (auto it = shown.cbegin(); it != shown.cend(); ++it)
        result.answers.insert(it.key(), it.value());
    return result;
}
