#include "FormVersionTable.h"

#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <algorithm>

using namespace Qt::StringLiterals;

FormVersionTable::FormVersionTable(const Database &database)
    : m_database(database)
{}

Result<FormSchema> FormVersionTable::schema(qint64 serviceId, int version) const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT form_schema FROM form_versions WHERE service_id = ? AND version = ?"_s);
    q.addBindValue(serviceId);
    q.addBindValue(version);
    if (!q.exec())
        return Result<FormSchema>::failure(Database::errorText(q.lastError()));
    if (!q.next())
        return Result<FormSchema>::failure(
            tr("Version %1 of the form of service #%2 does not exist.")
                .arg(version)
                .arg(serviceId));

    // Versions were checked when published; one that no longer parses means
    // the database was edited by hand, and the message says where.
    QList<FormProblem> problems;
    auto parsed = FormSchema::fromJson(q.value(0).toString().toUtf8(), &problems);
    if (!parsed)
        return Result<FormSchema>::failure(
            tr("Version %1 of the form of service #%2 cannot be read: %3")
                .arg(version)
                .arg(serviceId)
                .arg(problems.isEmpty() ? QString() : problems.constFirst().text()));
    return std::move(*parsed);
}

Result<QStringList> FormVersionTable::keysEverUsed(qint64 serviceId) const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT form_schema FROM form_versions WHERE service_id = ?"_s);
    q.addBindValue(serviceId);
    if (!q.exec())
        return Result<QStringList>::failure(Database::errorText(q.lastError()));

    // Read leniently: a key is a key even in a version that no longer parses.
    QSet<QString> keys;
    while (q.next()) {
        const QJsonArray fields =
            QJsonDocument::fromJson(q.value(0).toString().toUtf8())[u"fields"_s].toArray();
        for (const QJsonValue &field : fields) {
            const QString key = field[u"key"_s].toString();
            if (!key.isEmpty())
                keys.insert(key);
        }
    }
    QStringList sorted(keys.cbegin(), keys.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}
