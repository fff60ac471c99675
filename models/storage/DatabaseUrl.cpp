#include "DatabaseUrl.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

// Connection options libpq accepts in a URL and that QPSQL passes through.
const QStringList knownPostgresOptions = {u"sslmode"_s, u"connect_timeout"_s, u"application_name"_s,
                                          u"sslrootcert"_s};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

DatabaseUrl DatabaseUrl::forSqliteFile(const QString &absolutePath)
{
    DatabaseUrl url;
    url.m_backend = Backend::Sqlite;
    url.m_path = QDir::cleanPath(absolutePath);
    return url;
}

DatabaseUrl DatabaseUrl::defaultUrl()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return forSqliteFile(QDir(folder).filePath(u"kaliaops.db"_s));
}

DatabaseUrl DatabaseUrl::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u"sqlite://"_s)) {
        // sqlite:///home/x.db keeps its leading slash; sqlite:///C:/x.db drops it.
        QString path = QUrl::fromPercentEncoding(trimmed.mid(9).toUtf8());
        if (path.size() > 3 && path[0] == u'/' && path[2] == u':')
            path.remove(0, 1);
        const bool driveLetter = path.size() > 2 && path[0].isLetter() && path[1] == u':';
        if (!path.startsWith(u'/') && !driveLetter) {
            fail(error, tr("The SQLite URL must name an absolute file path, as in "
                           "sqlite:///home/me/kaliaops.db."));
            return {};
        }
        return forSqliteFile(path);
    }

    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (scheme != u"postgresql"_s && scheme != u"postgres"_s) {
        fail(error, tr("Unknown database URL \"%1\": it must start with sqlite:// or "
                       "postgresql://.")
                        .arg(trimmed));
        return {};
    }
    const QString name = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || name.isEmpty() || name.contains(u'/')) {
        fail(error, tr("The PostgreSQL URL must read postgresql://user[:password]@host[:port]/"
                       "database."));
        return {};
    }

    DatabaseUrl result;
    result.m_backend = Backend::Postgres;
    result.m_host = url.host();
    result.m_port = url.port(5432);
    result.m_user = url.userName();
    result.m_password = url.password();
    result.m_databaseName = name;

    QStringList options;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!knownPostgresOptions.contains(key)) {
            fail(error, tr("Unknown PostgreSQL option \"%1\"; known options are %2.")
                            .arg(key, knownPostgresOptions.join(u", "_s)));
            return {};
        }
        options << key + u'=' + value;
    }
    result.m_options = options.join(u';');
    return result;
}

DatabaseUrl DatabaseUrl::resolve(const QString &commandLine, const QString &environment,
                                 const QString &saved, QString *error)
{
    for (const QString &candidate : {commandLine, environment, saved}) {
        if (!candidate.trimmed().isEmpty())
            return parse(candidate, error);
    }
    return defaultUrl();
}

QString DatabaseUrl::toString() const
{
    switch (m_backend) {
    case Backend::Invalid:
        return {};
    case Backend::Sqlite:
        return u"sqlite://"_s + (m_path.startsWith(u'/') ? QString() : u"/"_s) + m_path;
    case Backend::Postgres:
        break;
    }

    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setUserName(m_user);
    url.setPassword(m_password);
    url.setPath(u'/' + m_databaseName);
    if (!m_options.isEmpty()) {
        QUrlQuery query;
        for (const QString &option : m_options.split(u';'))
            query.addQueryItem(option.section(u'=', 0, 0), option.section(u'=', 1));
        url.setQuery(query);
    }
    return url.toString();
}

QString DatabaseUrl::toDisplayString() const
{
    if (m_backend != Backend::Postgres)
        return toString();
    DatabaseUrl withoutPassword = *this;
    withoutPassword.m_password.clear();
    return withoutPassword.toString();
}
