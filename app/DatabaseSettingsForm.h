#pragma once

#include "storage/DatabaseUrl.h"

#include <QGroupBox>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// The database part of the settings: an SQLite file or a PostgreSQL server,
// field by field, with a "Test Connection" button that answers inline.
class DatabaseSettingsForm : public QGroupBox
{
    Q_OBJECT

public:
    explicit DatabaseSettingsForm(QWidget *parent = nullptr);

    void setUrl(const DatabaseUrl &url);
    // The database the fields describe, or an invalid URL with *error saying
    // what is missing.
    DatabaseUrl url(QString *error = nullptr) const;

    void testConnection();

private:
    QWidget *createSqlitePage();
    QWidget *createPostgresPage();
    QLayout *createTestRow();
    void browseSqliteFile();
    void showBackendPage();
    bool usesPostgres() const;

    DatabaseUrl sqliteUrl(QString *error) const;
    DatabaseUrl postgresUrl(QString *error) const;
    void showResult(bool ok, const QString &message);

    QButtonGroup *m_backends = nullptr;
    QWidget *m_sqlitePage = nullptr;
    QWidget *m_postgresPage = nullptr;
    QLineEdit *m_sqlitePath = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_databaseName = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_sslMode = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_result = nullptr;

    // Options the form has no field for (connect_timeout…), kept as given.
    QStringList m_otherOptions;
};
