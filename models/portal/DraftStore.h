#pragma once

#include "forms/FormSchema.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <optional>

// Forms being filled in, kept on this computer so that nothing typed is lost
// when the program is closed or crashes: one small JSON file per person and
// service, written whole or not at all. Attached files are not kept (only a
// name would survive, not the file): the requester attaches them again.
class DraftStore
{
    Q_DECLARE_TR_FUNCTIONS(DraftStore)

public:
    struct Draft
    {
        qint64 personId = 0;
        qint64 serviceId = 0;
        int formVersion = 0; // of the form the answers were given to
        QJsonObject answers;
        QDateTime savedAt; // UTC
    };

    // The drafts folder under the user's application data.
    static QString defaultFolder();
    explicit DraftStore(QString folder = defaultFolder());

    const QString &folder() const { return m_folder; }
    // The draft's file: person-<id>-service-<id>.json.
    QString filePath(qint64 personId, qint64 serviceId) const;

    // Writes the answers but those of the schema's file fields, with the
    // time of now; replaces any earlier draft.
    Status save(Draft draft, const FormSchema &schema) const;
    // nullopt when there is no draft; a failure for a file that cannot be
    // read or is not a draft.
    Result<std::optional<Draft>> load(qint64 personId, qint64 serviceId) const;
    // Nothing to do for a draft that is not there.
    Status remove(qint64 personId, qint64 serviceId) const;

    static QJsonObject withoutFiles(const QJsonObject &answers, const FormSchema &schema);

private:
    QString m_folder;
};
