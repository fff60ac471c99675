#include "MailSettingsForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>

using namespace Qt::StringLiterals;

MailSettingsForm::MailSettingsForm(QWidget *parent)
    : QGroupBox(tr("Notifications by e-mail"), parent)
    , m_host(new QLineEdit)
    , m_port(new QSpinBox)
    , m_security(new QComboBox)
    , m_user(new QLineEdit)
    , m_password(new QLineEdit)
    , m_sender(new QLineEdit)
    , m_senderName(new QLineEdit)
{
    setObjectName(u"mailSettings"_s);
    m_host->setObjectName(u"mailHost"_s);
    m_host->setPlaceholderText(tr("smtp.example.com; empty for no mail"));
    m_port->setObjectName(u"mailPort"_s);
    m_port->setRange(1, 65535);
    m_security->setObjectName(u"mailSecurity"_s);
    m_security->addItem(tr("None"), int(MailSettings::Security::None));
    m_security->addItem(tr("STARTTLS"), int(MailSettings::Security::StartTls));
    m_security->addItem(tr("TLS"), int(MailSettings::Security::Tls));
    m_user->setObjectName(u"mailUser"_s);
    m_password->setObjectName(u"mailPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Kept in the settings file of this account; a server's worker "
                              "can take it from KALIAOPS_SMTP_PASSWORD instead."));
    m_sender->setObjectName(u"mailSender"_s);
    m_sender->setPlaceholderText(tr("itsm@example.com"));
    m_senderName->setObjectName(u"mailSenderName"_s);

    // Ports follow the security, as mail programs do.
    connect(m_security, &QComboBox::activated, this, [this] {
        const auto security = MailSettings::Security(m_security->currentData().toInt());
        m_port->setValue(security == MailSettings::Security::Tls        ? 465
                         : security == MailSettings::Security::StartTls ? 587
                                                                        : 25);
    });

    auto *form = new QFormLayout(this);
    form->addRow(tr("SMTP &server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("S&ecurity:"), m_security);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("Sender &address:"), m_sender);
    form->addRow(tr("Sender &name:"), m_senderName);
    setSettings({});
}

void MailSettingsForm::setSettings(const MailSettings &settings)
{
    m_host->setText(settings.host);
    m_port->setValue(settings.port);
    m_security->setCurrentIndex(qMax(0, m_security->findData(int(settings.security))));
    m_user->setText(settings.user);
    m_password->setText(settings.password);
    m_sender->setText(settings.senderAddress);
    m_senderName->setText(settings.senderName);
}

MailSettings MailSettingsForm::settings() const
{
    MailSettings settings;
    settings.host = m_host->text().trimmed();
    settings.port = m_port->value();
    settings.security = MailSettings::Security(m_security->currentData().toInt());
    settings.user = m_user->text().trimmed();
    settings.password = m_password->text();
    settings.senderAddress = m_sender->text().trimmed();
    settings.senderName = m_senderName->text().trimmed();
    return settings;
}

QString MailSettingsForm::problem() const
{
    const MailSettings mail = settings();
    if (mail.host.isEmpty())
        return {};
    if (mail.host.contains(QRegularExpression(u"[\\s/:]"_s)))
        return tr("The SMTP server is a host name such as smtp.example.com, without "
                  "\"smtp://\", a port or spaces.");
    static const QRegularExpression address(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (!address.match(mail.senderAddress).hasMatch())
        return tr("Give the sender address the mails come from, such as itsm@example.com.");
    return {};
}
