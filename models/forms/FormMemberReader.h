#pragma once

#include "FormProblem.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <optional>

// Reads the members of one JSON object of a form schema by their expected
// type, and reports each member that is not of that type, or out of its
// bounds, at its place ("fields[3].maxLength"). A missing member gives the
// empty value: the callers decide which members are needed.
class FormMemberReader
{
    Q_DECLARE_TR_FUNCTIONS(FormMemberReader)

public:
    FormMemberReader(const QJsonObject &object, const QString &place, QList<FormProblem> *problems);

    const QJsonObject &object() const { return m_object; }
    QJsonValue value(const QString &member) const { return m_object.value(member); }
    bool has(const QString &member) const { return m_object.contains(member); }
    QString placeOf(const QString &member) const;
    QList<FormProblem> *problems() const { return m_problems; }

    void report(const QString &member, const QString &message);
    void reportWrongType(const QString &member, const QString &expected);

    QString text(const QString &member, int maxLength);
    bool boolean(const QString &member);
    std::optional<qint64> wholeNumber(const QString &member, qint64 smallest, qint64 largest);
    // Finite, and no further from zero than limit.
    std::optional<double> number(const QString &member, double limit);
    // An ISO date: "2024-05-31".
    QDate date(const QString &member);

private:
    QJsonObject m_object;
    QString m_place;
    QList<FormProblem> *m_problems;
};
