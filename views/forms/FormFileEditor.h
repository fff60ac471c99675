#pragma once

#include "FormFieldEditor.h"
#include "forms/FormUpload.h"

#include <QJsonObject>

class QLabel;
class QListWidget;
class QPushButton;

// File fields: the list of attached files, with buttons to add files (read
// at once, refused with a message when the field does not take them) and to
// remove the selected one. The answer lists each file's {"name", "size",
// "mime"}; uploads() carries their content.
class FormFileEditor : public FormFieldEditor
{
    Q_OBJECT

public:
    explicit FormFileEditor(const FormField &field, QWidget *parent = nullptr);

    QJsonValue answer() const override;
    void setAnswer(const QJsonValue &answer) override;
    QList<QWidget *> focusWidgets() const override;

    // Attaches the file as the Add button does, without its dialog; false,
    // with refused() emitted, when the field does not take it.
    bool attachFile(const QString &path);
    QList<FormUpload> uploads() const;

private:
    struct Attachment
    {
        QJsonObject metadata;
        QByteArray content;
        bool hasContent = false; // false for files restored from a draft
    };

    void chooseFiles();
    void removeCurrent();
    QString refusal(const QString &path, qint64 size) const;
    void showAttachments();

    QList<Attachment> m_attachments;
    QListWidget *m_list = nullptr;
    QLabel *m_none = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};
