#include "ConnectionProbe.h"

#include "storage/Database.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {
// libpq's variable for the connection timeout, in seconds.
constexpr char timeoutVariable[] = "PGCONNECT_TIMEOUT";
constexpr char probeTimeoutSeconds[] = "5";
} // namespace

bool ConnectionProbe::test(const DatabaseUrl &url, QString *message)
{
    message->clear();
    const bool ok = url.backend() == DatabaseUrl::Backend::Sqlite ? testSqlite(url, message)
                                                                  : testPostgres(url, message);
    if (ok && message->isEmpty())
        *message = tr("The connection works.");
    return ok;
}

bool ConnectionProbe::testSqlite(const DatabaseUrl &url, QString *message)
{
    // Opening would create a missing file: check only that it can be made.
    const QFileInfo file(url.sqlitePath());
    if (file.exists())
        return Database::testConnection(url, message);
    const QFileInfo folder(file.absolutePath());
    if (folder.exists() && !folder.isWritable()) {
        *message = tr("The folder %1 cannot be written to.").arg(folder.filePath());
        return false;
    }
    *message = tr("The file does not exist yet: KaliaOps will create it with the demo catalog.");
    return true;
}

bool ConnectionProbe::testPostgres(const DatabaseUrl &url, QString *message)
{
    // libpq waits as long as the system does for a silent host; a test
    // answers within seconds. A timeout in the URL, or one the user set in
    // the environment, still wins.
    const bool ownTimeout = !qEnvironmentVariableIsSet(timeoutVariable);
    if (ownTimeout)
        qputenv(timeoutVariable, probeTimeoutSeconds);
    const bool ok = Database::testConnection(url, message);
    if (ownTimeout)
        qunsetenv(timeoutVariable);

    *message = tidyMessage(*message);
    return ok;
}

QString ConnectionProbe::tidyMessage(const QString &message)
{
    QStringList lines = message.split(u'\n', Qt::SkipEmptyParts);
    for (QString &line : lines)
        line = line.trimmed();
    return lines.join(u'\n');
}
