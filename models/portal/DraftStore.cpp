#include "DraftStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

constexpr int fileFormat = 1;
// A draft is a few answers; anything larger is not one of ours.
constexpr qint64 maxDraftSize = 8 * 1024 * 1024;

} // namespace

QString DraftStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/drafts"_s;
}

DraftStore::DraftStore(QString folder)
    : m_folder(std::move(folder))
{}

QString DraftStore::filePath(qint64 personId, qint64 serviceId) const
{
    return u"%1/person-%2-service-%3.json"_s.arg(m_folder).arg(personId).arg(serviceId);
}

QJsonObject DraftStore::withoutFiles(const QJsonObject &answers, const FormSchema &schema)
{
    QJsonObject kept = answers;
    for (const FormField &field : schema.fields()) {
        if (field.type == FormField::Type::File)
            kept.remove(field.key);
    }
    return kept;
}

Status DraftStore::save(Draft draft, const FormSchema &schema) const
{
    if (!QDir().mkpath(m_folder))
        return Status::failure(tr("Cannot create the drafts folder %1.").arg(m_folder));
    draft.savedAt = QDateTime::currentDateTimeUtc();
    const QJsonObject json{
        {u"format"_s, fileFormat},
        {u"personId"_s, draft.personId},
        {u"serviceId"_s, draft.serviceId},
        {u"formVersion"_s, draft.formVersion},
        {u"savedAt"_s, draft.savedAt.toString(Qt::ISODateWithMs)},
        {u"answers"_s, withoutFiles(draft.answers, schema)},
    };

    // Written aside and renamed: a crash leaves the old draft or the new one.
    const QString path = filePath(draft.personId, draft.serviceId);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(json).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        return Status::failure(tr("Cannot save the draft in %1: %2").arg(path, file.errorString()));
    return {};
}

Result<std::optional<DraftStore::Draft>> DraftStore::load(qint64 personId, qint64 serviceId) const
{
    using Outcome = Result<std::optional<Draft>>;
    const QString path = filePath(personId, serviceId);
    QFile file(path);
    if (!file.exists())
        return Outcome(std::nullopt);
    if (file.size() > maxDraftSize || !file.open(QIODevice::ReadOnly))
        return Outcome::failure(tr("Cannot read the draft %1.").arg(path));

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    const QJsonObject json = document.object();
    if (error.error != QJsonParseError::NoError || json.value(u"format"_s).toInt() != fileFormat ||
        json.value(u"personId"_s).toInteger() != personId ||
        json.value(u"serviceId"_s).toInteger() != serviceId || !json.value(u"answers"_s).isObject())
        return Outcome::failure(tr("The draft %1 is damaged: it cannot be restored.").arg(path));

    Draft draft;
    draft.personId = personId;
    draft.serviceId = serviceId;
    draft.formVersion = json.value(u"formVersion"_s).toInt();
    draft.answers = json.value(u"answers"_s).toObject();
    draft.savedAt = QDateTime::fromString(json.value(u"savedAt"_s).toString(), Qt::ISODateWithMs);
    return Outcome(std::optional<Draft>(std::move(draft)));
}

Status DraftStore::remove(qint64 personId, qint64 serviceId) const
{
    QFile file(filePath(personId, serviceId));
    if (!file.exists() || file.remove())
        return {};
    return Status::failure(
        tr("Cannot remove the draft %1: %2").arg(file.fileName(), file.errorString()));
}
