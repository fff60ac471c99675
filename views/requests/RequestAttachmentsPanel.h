#pragma once

#include "requests/StoredAttachment.h"

#include <QTemporaryDir>
#include <QUrl>
#include <QWidget>
#include <functional>
#include <memory>

class QListWidget;
class QPushButton;
class RequestStore;

// The files attached to a request: Open writes one to a temporary folder
// and hands it to the desktop; Save As writes it where the person chooses.
// Both the file dialog and the desktop are replaceable, for tests.
class RequestAttachmentsPanel : public QWidget
{
    Q_OBJECT

public:
    // The path to save to, or empty when the person cancels.
    using SaveFileChooser = std::function<QString(const QString &suggestedName)>;
    using UrlOpener = std::function<bool(const QUrl &url)>;

    explicit RequestAttachmentsPanel(const RequestStore &store, QWidget *parent = nullptr);
    ~RequestAttachmentsPanel() override;

    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

    void setAttachments(const QList<StoredAttachment> &attachments);
    int count() const;

    void openAttachment(qint64 attachmentId);
    void saveAttachment(qint64 attachmentId);

signals:
    // A translated message saying what went wrong.
    void failed(const QString &message);

private:
    qint64 selectedId() const;
    void updateButtons();

    const RequestStore &m_store;
    SaveFileChooser m_chooseFile;
    UrlOpener m_openUrl;
    std::unique_ptr<QTemporaryDir> m_openedFiles;
    QListWidget *m_list = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_save = nullptr;
};
