#pragma once

#include "notifications/MailSettings.h"

#include <QGroupBox>

class QComboBox;
class QLineEdit;
class QSpinBox;

// The SMTP server notifications leave through, in the settings dialog.
// Empty server: no mail, notifications stay inside the program.
class MailSettingsForm : public QGroupBox
{
    Q_OBJECT

public:
    explicit MailSettingsForm(QWidget *parent = nullptr);

    void setSettings(const MailSettings &settings);
    MailSettings settings() const;
    // Empty when the settings can be used, else what is wrong.
    QString problem() const;

private:
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_security = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_sender = nullptr;
    QLineEdit *m_senderName = nullptr;
};
