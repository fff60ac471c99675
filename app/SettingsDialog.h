#pragma once

#include "notifications/MailSettings.h"
#include "storage/DatabaseUrl.h"

#include <QDialog>

class DatabaseSettingsForm;
class MailSettingsForm;
class QComboBox;
class QLabel;

// File → Settings…: which database to work on, the interface language and
// the mail server of notifications.
// Problems show inline; the window applies what the dialog returns.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const DatabaseUrl &url, const QString &language, QWidget *parent = nullptr);

    // The database chosen, or an invalid URL with *error saying what is
    // missing.
    DatabaseUrl databaseUrl(QString *error = nullptr) const;
    // "en", "fr", or empty for the system language.
    QString language() const;
    void setMailSettings(const MailSettings &settings);
    MailSettings mailSettings() const;

    // Shows a problem above the buttons, for instance a database that did
    // not open.
    void showError(const QString &message);

    // Accepts only complete settings; otherwise says what is missing.
    void accept() override;

private:
    QWidget *createLanguageGroup();

    DatabaseSettingsForm *m_database = nullptr;
    MailSettingsForm *m_mail = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QLabel *m_error = nullptr;
    QString m_initialLanguage;
};
