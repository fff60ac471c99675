#include "FormSchema.h"

#include "FormFieldReader.h"
#include "FormJson.h"
#include "FormSchemaCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

std::optional<FormSchema> FormSchema::fromJson(const QByteArray &json, QList<FormProblem> *problems)
{
    if (json.size() > maxJsonSize) {
        problems->append(
            {{},
             tr("The form is too large: %1 bytes, at most %2.").arg(json.size()).arg(maxJsonSize)});
        return std::nullopt;
    }

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        problems->append({FormJson::lineAndColumn(json, error.offset),
                          tr("The form is not valid JSON: %1.").arg(error.errorString())});
        return std::nullopt;
    }
    if (!document.isObject()) {
        problems->append({{}, tr("A form is a JSON object with a list of \"fields\".")});
        return std::nullopt;
    }
    return fromJson(document.object(), problems);
}

std::optional<FormSchema> FormSchema::fromJson(const QJsonObject &json,
                                               QList<FormProblem> *problems)
{
    const qsizetype before = problems->size();
    FormJson::refuseUnknownMembers(json, {u"fields"_s}, {}, problems);
    const QJsonValue list = json.value(u"fields"_s);
    if (!list.isArray()) {
        problems->append(FormJson::wrongType(u"fields"_s, tr("a list of fields"), list));
        return std::nullopt;
    }
    const QJsonArray array = list.toArray();
    if (array.size() > maxFields) {
        problems->append({u"fields"_s, tr("A form holds at most %1 fields; this one has %2.")
                                           .arg(maxFields)
                                           .arg(array.size())});
        return std::nullopt;
    }

    FormSchema schema;
    schema.m_fields.reserve(array.size());
    schema.m_patterns.resize(array.size());
    for (qsizetype i = 0; i < array.size(); ++i)
        schema.m_fields.append(FormFieldReader::read(array.at(i), u"fields[%1]"_s.arg(i), problems,
                                                     &schema.m_patterns[i]));
    schema.m_order = FormSchemaCheck::check(schema.m_fields, problems);
    if (problems->size() != before)
        return std::nullopt;

    for (int i = 0; i < schema.m_fields.size(); ++i)
        schema.m_indexByKey.insert(schema.m_fields.at(i).key, i);
    return schema;
}

std::optional<FormSchema> FormSchema::fromFields(const QList<FormField> &fields,
                                                 QList<FormProblem> *problems)
{
    QJsonArray list;
    for (const FormField &field : fields)
        list.append(field.toJson());
    return fromJson(QJsonObject{{u"fields"_s, list}}, problems);
}

QJsonObject FormSchema::toJson() const
{
    QJsonArray list;
    for (const FormField &field : m_fields)
        list.append(field.toJson());
    return QJsonObject{{u"fields"_s, list}};
}

const FormField *FormSchema::field(const QString &key) const
{
    const int index = indexOf(key);
    return index < 0 ? nullptr : &m_fields.at(index);
}

QStringList FormSchema::keys() const
{
    QStringList keys;
    for (const FormField &field : m_fields)
        keys.append(field.key);
    return keys;
}
