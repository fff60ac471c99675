#include "RequestAttachmentsPanel.h"

#include "requests/RequestStore.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int idRole = Qt::UserRole + 1;

// Only the name: a stored name never chooses the folder it lands in.
QString safeName(const StoredAttachment &file)
{
    const QString name = QFileInfo(file.fileName).fileName();
    return name.isEmpty() ? u"attachment-%1"_s.arg(file.id) : name;
}

bool writeFile(const QString &path, const QByteArray &content, QString *error)
{
    QSaveFile out(path);
    if (out.open(QIODevice::WriteOnly) && out.write(content) == content.size() && out.commit())
        return true;
    *error = out.errorString();
    return false;
}

} // namespace

RequestAttachmentsPanel::RequestAttachmentsPanel(const RequestStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_list(new QListWidget)
    , m_open(new QPushButton(tr("Open")))
    , m_save(new QPushButton(tr("Save As…")))
{
    setObjectName(u"attachmentsPanel"_s);
    m_list->setObjectName(u"attachmentList"_s);
    m_open->setObjectName(u"openAttachmentButton"_s);
    m_save->setObjectName(u"saveAttachmentButton"_s);
    m_chooseFile = [this](const QString &name) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
        return QFileDialog::getSaveFileName(this, tr("Save Attachment"),
                                            QDir(folder).filePath(name));
    };
    m_openUrl = [](const QUrl &url) {
        return QDesktopServices::openUrl(url);
    };

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &RequestAttachmentsPanel::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this] { openAttachment(selectedId()); });
    connect(m_open, &QPushButton::clicked, this, [this] { openAttachment(selectedId()); });
    connect(m_save, &QPushButton::clicked, this, [this] { saveAttachment(selectedId()); });
    updateButtons();
}

RequestAttachmentsPanel::~RequestAttachmentsPanel() = default;

void RequestAttachmentsPanel::setAttachments(const QList<StoredAttachment> &attachments)
{
    m_list->clear();
    for (const StoredAttachment &file : attachments) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2)").arg(file.fileName, QLocale().formattedDataSize(file.size)), m_list);
        item->setData(idRole, file.id);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

int RequestAttachmentsPanel::count() const
{
    return m_list->count();
}

qint64 RequestAttachmentsPanel::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(idRole).toLongLong() : 0;
}

void RequestAttachmentsPanel::updateButtons()
{
    m_open->setEnabled(selectedId() > 0);
    m_save->setEnabled(selectedId() > 0);
}

void RequestAttachmentsPanel::openAttachment(qint64 attachmentId)
{
    const auto file = m_store.attachment(attachmentId);
    if (!file) {
        emit failed(file.error());
        return;
    }
    if (!m_openedFiles)
        m_openedFiles = std::make_unique<QTemporaryDir>();
    // A folder per attachment keeps its own name, whatever the others are called.
    const QString folder = m_openedFiles->filePath(QString::number(file->id));
    const QString path = QDir(folder).filePath(safeName(*file));
    QString error;
    if (!m_openedFiles->isValid() || !QDir().mkpath(folder) ||
        !writeFile(path, file->content, &error)) {
        emit failed(
            tr("\"%1\" could not be written to a temporary folder: %2").arg(file->fileName, error));
        return;
    }
    if (!m_openUrl(QUrl::fromLocalFile(path)))
        emit failed(tr("No program opens \"%1\" here: use Save As and open it from its folder.")
                        .arg(file->fileName));
}

void RequestAttachmentsPanel::saveAttachment(qint64 attachmentId)
{
    const auto file = m_store.attachment(attachmentId);
    if (!file) {
        emit failed(file.error());
        return;
    }
    const QString path = m_chooseFile(safeName(*file));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeFile(path, file->content, &error))
        emit failed(tr("\"%1\" could not be saved as %2: %3")
                        .arg(file->fileName, QDir::toNativeSeparators(path), error));
}
