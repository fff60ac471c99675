#include "DatabaseSettingsForm.h"

#include "ConnectionProbe.h"
#include "common/WidgetStyle.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum BackendChoice
{
    SqliteChoice,
    PostgresChoice
};

const auto sslModeKey = u"sslmode"_s;
const QStringList sslModes = {u"disable"_s, u"allow"_s,     u"prefer"_s,
                              u"require"_s, u"verify-ca"_s, u"verify-full"_s};

QLabel *noteLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    WidgetStyle::mute(label);
    return label;
}

QFormLayout *indentedForm(QWidget *page)
{
    auto *form = new QFormLayout(page);
    form->setContentsMargins(26, 4, 0, 4);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

} // namespace

DatabaseSettingsForm::DatabaseSettingsForm(QWidget *parent)
    : QGroupBox(tr("Database"), parent)
{
    setObjectName(u"databaseSettings"_s);
    auto *sqlite = new QRadioButton(tr("SQLite file on this computer"));
    sqlite->setObjectName(u"sqliteChoice"_s);
    auto *postgres = new QRadioButton(tr("PostgreSQL server shared by a team"));
    postgres->setObjectName(u"postgresChoice"_s);
    m_backends = new QButtonGroup(this);
    m_backends->addButton(sqlite, SqliteChoice);
    m_backends->addButton(postgres, PostgresChoice);
    sqlite->setChecked(true);

    // Only the chosen backend's fields show; the dialog keeps its size.
    m_sqlitePage = createSqlitePage();
    m_postgresPage = createPostgresPage();
    m_postgresPage->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(sqlite);
    layout->addWidget(postgres);
    layout->addWidget(m_sqlitePage);
    layout->addWidget(m_postgresPage);
    layout->addLayout(createTestRow());
    if (qEnvironmentVariableIsSet("KALIAOPS_DATABASE_URL")) {
        layout->addWidget(noteLabel(tr("The KALIAOPS_DATABASE_URL environment variable is set: "
                                       "it takes precedence over this choice when KaliaOps "
                                       "starts.")));
    }

    connect(m_backends, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            showBackendPage();
    });
}

QWidget *DatabaseSettingsForm::createSqlitePage()
{
    m_sqlitePath = new QLineEdit;
    m_sqlitePath->setObjectName(u"sqlitePathEdit"_s);
    auto *browse = new QPushButton(tr("Browse…"));
    browse->setObjectName(u"browseButton"_s);
    connect(browse, &QPushButton::clicked, this, &DatabaseSettingsForm::browseSqliteFile);
    auto *path = new QHBoxLayout;
    path->addWidget(m_sqlitePath, 1);
    path->addWidget(browse);

    auto *page = new QWidget;
    QFormLayout *form = indentedForm(page);
    form->addRow(tr("File:"), path);
    form->addRow(QString(), noteLabel(tr("For one person on one desk. A new file starts with "
                                         "the demo catalog.")));
    return page;
}

QWidget *DatabaseSettingsForm::createPostgresPage()
{
    m_host = new QLineEdit;
    m_host->setObjectName(u"postgresHostEdit"_s);
    m_port = new QSpinBox;
    m_port->setObjectName(u"postgresPortSpin"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_databaseName = new QLineEdit;
    m_databaseName->setObjectName(u"postgresDatabaseEdit"_s);
    m_user = new QLineEdit;
    m_user->setObjectName(u"postgresUserEdit"_s);
    m_password = new QLineEdit;
    m_password->setObjectName(u"postgresPasswordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_sslMode = new QComboBox;
    m_sslMode->setObjectName(u"postgresSslModeCombo"_s);
    m_sslMode->addItem(tr("Default (prefer)"), QString());
    for (const QString &mode : sslModes)
        m_sslMode->addItem(mode, mode);

    auto *server = new QHBoxLayout;
    server->addWidget(m_host, 1);
    server->addSpacing(8);
    server->addWidget(new QLabel(tr("Port:")));
    server->addWidget(m_port);

    auto *page = new QWidget;
    QFormLayout *form = indentedForm(page);
    form->addRow(tr("Host:"), server);
    form->addRow(tr("Database name:"), m_databaseName);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("SSL mode:"), m_sslMode);
    form->addRow(QString(),
                 noteLabel(tr("The password is saved with your settings, as plain text. Leave "
                              "it empty to use the PostgreSQL password file (.pgpass) instead.")));
    return page;
}

QLayout *DatabaseSettingsForm::createTestRow()
{
    m_testButton = new QPushButton(tr("Test Connection"));
    m_testButton->setObjectName(u"testConnectionButton"_s);
    m_testButton->setAutoDefault(false);
    connect(m_testButton, &QPushButton::clicked, this, &DatabaseSettingsForm::testConnection);

    m_result = new QLabel;
    m_result->setObjectName(u"connectionResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 6, 0, 0);
    row->addWidget(m_testButton, 0, Qt::AlignTop);
    row->addSpacing(8);
    row->addWidget(m_result, 1);
    return row;
}

void DatabaseSettingsForm::setUrl(const DatabaseUrl &url)
{
    const bool postgres = url.backend() == DatabaseUrl::Backend::Postgres;
    m_backends->button(postgres ? PostgresChoice : SqliteChoice)->setChecked(true);
    showBackendPage();
    if (!postgres) {
        m_sqlitePath->setText(QDir::toNativeSeparators(url.sqlitePath()));
        return;
    }

    m_host->setText(url.host());
    m_port->setValue(url.port());
    m_databaseName->setText(url.databaseName());
    m_user->setText(url.userName());
    m_password->setText(url.password());
    m_otherOptions.clear();
    const QStringList options = url.connectOptions().split(u';', Qt::SkipEmptyParts);
    for (const QString &option : options) {
        if (option.section(u'=', 0, 0) == sslModeKey)
            m_sslMode->setCurrentIndex(qMax(0, m_sslMode->findData(option.section(u'=', 1))));
        else
            m_otherOptions << option;
    }
}

bool DatabaseSettingsForm::usesPostgres() const
{
    return m_backends->checkedId() == PostgresChoice;
}

void DatabaseSettingsForm::showBackendPage()
{
    m_sqlitePage->setVisible(!usesPostgres());
    m_postgresPage->setVisible(usesPostgres());
    showResult(true, QString());

    // The PostgreSQL page is taller: let the dialog grow so nothing is cut.
    if (QWidget *dialog = window(); dialog != this)
        dialog->adjustSize();
}

void DatabaseSettingsForm::browseSqliteFile()
{
    // A save dialog, so that a new file can be named too.
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Choose the Database File"), m_sqlitePath->text(),
                                     tr("SQLite databases (*.db *.sqlite);;All files (*)"), nullptr,
                                     QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_sqlitePath->setText(QDir::toNativeSeparators(path));
}

DatabaseUrl DatabaseSettingsForm::url(QString *error) const
{
    return usesPostgres() ? postgresUrl(error) : sqliteUrl(error);
}

DatabaseUrl DatabaseSettingsForm::sqliteUrl(QString *error) const
{
    const QString path = QDir::fromNativeSeparators(m_sqlitePath->text().trimmed());
    QString problem;
    if (path.isEmpty())
        problem = tr("Choose the SQLite database file.");
    else if (!QDir::isAbsolutePath(path))
        problem = tr("The SQLite file needs a full path, such as /home/me/kaliaops.db.");
    else if (QFileInfo(path).isDir())
        problem = tr("%1 is a folder: choose a file inside it.").arg(path);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return {};
    }
    return DatabaseUrl::forSqliteFile(path);
}

DatabaseUrl DatabaseSettingsForm::postgresUrl(QString *error) const
{
    QString problem;
    if (m_host->text().trimmed().isEmpty())
        problem = tr("Enter the host name of the PostgreSQL server.");
    else if (m_databaseName->text().trimmed().isEmpty())
        problem = tr("Enter the name of the PostgreSQL database.");
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return {};
    }

    // Built as a URL, so that any character of a password survives.
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    url.setPassword(m_password->text());
    url.setPath(u'/' + m_databaseName->text().trimmed());
    QUrlQuery query;
    QStringList options = m_otherOptions;
    if (const QString mode = m_sslMode->currentData().toString(); !mode.isEmpty())
        options.prepend(sslModeKey + u'=' + mode);
    for (const QString &option : std::as_const(options))
        query.addQueryItem(option.section(u'=', 0, 0), option.section(u'=', 1));
    url.setQuery(query);
    return DatabaseUrl::parse(url.toString(), error);
}

void DatabaseSettingsForm::testConnection()
{
    QString message;
    const DatabaseUrl chosen = url(&message);
    if (!chosen.isValid()) {
        showResult(false, message);
        return;
    }

    // The test blocks for a moment: say so before it starts.
    m_testButton->setEnabled(false);
    showResult(true, tr("Connecting…"));
    WidgetStyle::setTone(m_result, WidgetStyle::Tone::Normal);
    m_result->repaint();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = ConnectionProbe::test(chosen, &message);
    QApplication::restoreOverrideCursor();
    m_testButton->setEnabled(true);
    showResult(ok, message);
}

void DatabaseSettingsForm::showResult(bool ok, const QString &message)
{
    m_result->setText(message);
    WidgetStyle::setTone(m_result, ok ? WidgetStyle::Tone::Success : WidgetStyle::Tone::Failure);
}
