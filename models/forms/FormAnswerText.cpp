#include "FormAnswerText.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

bool FormAnswerText::isEmptyAnswer(const QJsonValue &answer)
{
    switch (answer.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return true;
    case QJsonValue::String:
        return answer.toString().trimmed().isEmpty();
    case QJsonValue::Array:
        return answer.toArray().isEmpty();
    default:
        return false;
    }
}

QString FormAnswerText::text(const FormField &field, const QJsonValue &answer,
                             const PersonNames &people)
{
    if (isEmptyAnswer(answer))
        return {};
    using Type = FormField::Type;
    switch (field.type) {
    case Type::Number:
        return numberText(field, answer.toDouble());
    case Type::Choice:
        return choiceLabel(field, answer.toString());
    case Type::MultiChoice: {
        QStringList labels;
        for (const QJsonValue &value : answer.toArray())
            labels << choiceLabel(field, value.toString());
        return QLocale().createSeparatedList(labels);
    }
    case Type::YesNo:
        return answer.toBool() ? tr("Yes") : tr("No");
    case Type::Date: {
        const QDate date = QDate::fromString(answer.toString(), Qt::ISODate);
        return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : answer.toString();
    }
    case Type::DateTime:
        return dateTimeText(answer.toString());
    case Type::File:
        return filesText(answer);
    case Type::Person: {
        const qint64 id = qint64(answer.toDouble());
        return people.value(id, tr("Person #%1").arg(id));
    }
    case Type::Section:
        return {};
    default:
        return answer.isString() ? answer.toString() : answer.toVariant().toString();
    }
}

QString FormAnswerText::choiceLabel(const FormField &field, const QString &value)
{
    for (const FormField::Choice &choice : field.choices) {
        if (choice.value == value)
            return choice.label;
    }
    // A value the form version does not list: show it rather than nothing.
    return value;
}

QString FormAnswerText::numberText(const FormField &field, double value)
{
    const QLocale locale;
    if (field.integer)
        return locale.toString(qint64(value));
    // Enough digits for what people type, no trailing zeros.
    return locale.toString(value, 'g', 15);
}

QString FormAnswerText::dateTimeText(const QString &iso)
{
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODate);
    if (!when.isValid())
        return iso;
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString FormAnswerText::fileText(const QJsonValue &file)
{
    const QJsonObject object = file.toObject();
    const QString name = object.value(u"name"_s).toString();
    const qint64 size = qint64(object.value(u"size"_s).toDouble());
    return tr("%1 (%2)").arg(name, QLocale().formattedDataSize(size, 1));
}

QString FormAnswerText::filesText(const QJsonValue &answer)
{
    const QJsonArray files = answer.isArray() ? answer.toArray() : QJsonArray{answer};
    QStringList texts;
    for (const QJsonValue &file : files)
        texts << fileText(file);
    return texts.join(u", "_s);
}
