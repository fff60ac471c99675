#include "FormJson.h"

using namespace Qt::StringLiterals;

QString FormJson::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("true or false");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a text");
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

FormProblem FormJson::wrongType(const QString &place, const QString &expected,
                                const QJsonValue &found)
{
    if (found.isUndefined())
        return {place, tr("This is missing: it must be %1.").arg(expected)};
    return {place, tr("This must be %1, not %2.").arg(expected, typeName(found))};
}

void FormJson::refuseUnknownMembers(const QJsonObject &object, const QStringList &known,
                                    const QString &place, QList<FormProblem> *problems)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            problems->append(
                {placeOf(place, it.key()),
                 tr("There is no member \"%1\" here; check its spelling.").arg(it.key())});
    }
}

QString FormJson::placeOf(const QString &place, const QString &member)
{
    return place.isEmpty() ? member : place + u'.' + member;
}

QString FormJson::lineAndColumn(const QByteArray &json, qsizetype offset)
{
    const QByteArray before = json.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
    return tr("line %1, column %2").arg(line).arg(column);
}
