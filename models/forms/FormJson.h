#pragma once

#include "FormProblem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

// The small JSON chores of the form readers: naming what a value is,
// reporting a value of the wrong type or an unknown member, and turning a
// parse error's byte offset into the line and column people look for.
class FormJson
{
    Q_DECLARE_TR_FUNCTIONS(FormJson)

public:
    // "a text", "a number", "nothing"…
    static QString typeName(const QJsonValue &value);
    // "This must be a number, not a text." or "This is missing: …".
    static FormProblem wrongType(const QString &place, const QString &expected,
                                 const QJsonValue &found);
    // One problem per member of object that is not in known.
    static void refuseUnknownMembers(const QJsonObject &object, const QStringList &known,
                                     const QString &place, QList<FormProblem> *problems);
    // "fields[3]" + "label" gives "fields[3].label".
    static QString placeOf(const QString &place, const QString &member);
    // "line 14, column 3" for a byte offset into json.
    static QString lineAndColumn(const QByteArray &json, qsizetype offset);
};
