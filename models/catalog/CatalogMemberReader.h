#pragma once

#include "CatalogProblem.h"

#include <QCoreApplication>
#include <QJsonObject>

// Reads the members of one JSON object of a catalog file, checking each one's
// type, and reports every problem with its place ("services[3].active").
// Left-out optional members take their default.
class CatalogMemberReader
{
    Q_DECLARE_TR_FUNCTIONS(CatalogMemberReader)

public:
    CatalogMemberReader(const QJsonObject &object, const QString &place,
                        QList<CatalogProblem> *problems);

    // "This must be a whole number, not a text." (or that it is missing).
    static CatalogProblem wrongType(const QString &place, const QString &expected,
                                    const QJsonValue &found);
    static CatalogProblem unknownMember(const QString &place);
    static bool isWholeNumber(const QJsonValue &value);

    QJsonValue value(const QString &member) const { return m_object.value(member); }
    QString placeOf(const QString &member) const;
    void report(const QString &member, const QString &message);
    void reportWrongType(const QString &member, const QString &expected, const QJsonValue &found);
    void reportUnknownMember(const QString &member);

    // A key or a reference to one: required, any non-blank text, kept exactly.
    QString key(const QString &member, const QString &missing);
    // The required, trimmed "name".
    QString name(const QString &missing);
    // Optional, trimmed; empty when left out.
    QString text(const QString &member);
    // Optional: a non-blank text, or null (or left out) for none.
    QString reference(const QString &member);
    int wholeNumber(const QString &member, int fallback);
    bool boolean(const QString &member, bool fallback);
    // Reports the members not in known, so that a typo is never ignored.
    void refuseUnknownMembers(const QStringList &known);

private:
    static QString typeName(const QJsonValue &value);

    QJsonObject m_object;
    QString m_place;
    QList<CatalogProblem> *m_problems;
};
