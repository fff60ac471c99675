#pragma once

#include <QCoreApplication>
#include <QString>

// Where the data lives: `sqlite:///absolute/path.db` or
// `postgresql://user[:password]@host[:port]/dbname[?sslmode=…]`.
class DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)

public:
    enum class Backend
    {
        Invalid,
        Sqlite,
        Postgres
    };

    DatabaseUrl() = default;

    // Parses text; on failure returns an invalid URL and sets *error.
    static DatabaseUrl parse(const QString &text, QString *error = nullptr);
    static DatabaseUrl forSqliteFile(const QString &absolutePath);
    // The SQLite file in the user's data directory.
    static DatabaseUrl defaultUrl();
    // The first non-empty of: the command line, the environment, the saved
    // setting; else the default. Bad text is reported, not silently replaced.
    static DatabaseUrl resolve(const QString &commandLine, const QString &environment,
                               const QString &saved, QString *error);

    bool isValid() const { return m_backend != Backend::Invalid; }
    Backend backend() const { return m_backend; }
    QString sqlitePath() const { return m_path; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString userName() const { return m_user; }
    QString password() const { return m_password; }
    QString databaseName() const { return m_databaseName; }
    // Driver connect options, e.g. "sslmode=require".
    QString connectOptions() const { return m_options; }

    // The full URL, password included, for saving and reopening.
    QString toString() const;
    // The URL as shown to people: never the password.
    QString toDisplayString() const;

    bool operator==(const DatabaseUrl &other) const = default;

private:
    Backend m_backend = Backend::Invalid;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_password;
    QString m_databaseName;
    QString m_options;
};
