#include "SettingsDialog.h"

#include "DatabaseSettingsForm.h"
#include "MailSettingsForm.h"
#include "common/WidgetStyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SettingsDialog::SettingsDialog(const DatabaseUrl &url, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_initialLanguage(language)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));

    m_database = new DatabaseSettingsForm;
    m_database->setUrl(url.isValid() ? url : DatabaseUrl::defaultUrl());
    m_mail = new MailSettingsForm;

    m_error = new QLabel;
    m_error->setObjectName(u"settingsError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    WidgetStyle::setTone(m_error, WidgetStyle::Tone::Failure);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(u"settingsButtons"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 18, 18, 18);
    layout->setSpacing(14);
    layout->addWidget(m_database);
    layout->addWidget(createLanguageGroup());
    layout->addWidget(m_mail);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(580);
}

QWidget *SettingsDialog::createLanguageGroup()
{
    m_language = new QComboBox;
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(tr("System"), QString());
    // Each language under its own name, whatever the current one.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Français"_s, u"fr"_s);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_initialLanguage)));

    m_languageNote = new QLabel(tr("The new language applies the next time KaliaOps starts."));
    m_languageNote->setObjectName(u"languageNote"_s);
    m_languageNote->setWordWrap(true);
    WidgetStyle::mute(m_languageNote);
    m_languageNote->hide();
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_languageNote->setVisible(language() != m_initialLanguage); });

    auto *group = new QGroupBox(tr("Language"));
    auto *form = new QFormLayout(group);
    form->addRow(tr("Interface language:"), m_language);
    form->addRow(QString(), m_languageNote);
    return group;
}

DatabaseUrl SettingsDialog::databaseUrl(QString *error) const
{
    return m_database->url(error);
}

void SettingsDialog::setMailSettings(const MailSettings &settings)
{
    m_mail->setSettings(settings);
}

MailSettings SettingsDialog::mailSettings() const
{
    return m_mail->settings();
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void SettingsDialog::accept()
{
    QString error;
    if (!databaseUrl(&error).isValid()) {
        showError(error);
        return;
    }
    if (const QString problem = m_mail->problem(); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    showError(QString());
    QDialog::accept();
}
