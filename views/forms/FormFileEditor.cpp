#include "FormFileEditor.h"

#include "common/WidgetStyle.h"
#include "forms/FormAnswerCheck.h"
#include "forms/FormAttachmentCheck.h"

#include <QBoxLayout>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeDatabase>
#include <QPushButton>

using namespace Qt::StringLiterals;

FormFileEditor::FormFileEditor(const FormField &field, QWidget *parent)
    : FormFieldEditor(field, parent)
    , m_list(new QListWidget(this))
    , m_none(new QLabel(tr("No file attached."), this))
    , m_add(new QPushButton(tr("Add Files…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(editorName());
    m_list->setObjectName(u"files_"_s + field.key);
    m_add->setObjectName(u"addFiles_"_s + field.key);
    m_remove->setObjectName(u"removeFile_"_s + field.key);
    m_none->setObjectName(u"noFiles_"_s + field.key);
    WidgetStyle::mute(m_none);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_none);
    buttons->addStretch(1);
    QBoxLayout *layout = columnLayout();
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    showAttachments();

    connect(m_add, &QPushButton::clicked, this, &FormFileEditor::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &FormFileEditor::removeCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
}

void FormFileEditor::chooseFiles()
{
    QString filter;
    if (!field().extensions.isEmpty()) {
        QStringList patterns;
        for (const QString &extension : field().extensions)
            patterns << u"*."_s + extension;
        filter = tr("Accepted files (%1)").arg(patterns.join(u' '));
    }
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach Files to \"%1\"").arg(field().label), {}, filter);
    for (const QString &path : paths)
        attachFile(path);
}

QString FormFileEditor::refusal(const QString &path, qint64 size) const
{
    const QString name = QFileInfo(path).fileName();
    if (!FormAttachmentCheck::allowsFileName(field(), name))
        return tr("\"%1\" cannot be attached to \"%2\": only %3 files are accepted.")
            .arg(name, field().label, QLocale().createSeparatedList(field().extensions));
    if (m_attachments.size() >= FormAnswerCheck::maxAttachments)
        return tr("\"%1\" holds at most %n file(s).", nullptr, FormAnswerCheck::maxAttachments)
            .arg(field().label);
    return FormAttachmentCheck::sizeError(field(), name, size);
}

bool FormFileEditor::attachFile(const QString &path)
{
    const QFileInfo info(path);
    QString message = refusal(path, info.size());
    QFile file(path);
    if (message.isEmpty() && !file.open(QIODevice::ReadOnly))
        message = tr("\"%1\" could not be read: %2").arg(info.fileName(), file.errorString());

    Attachment attachment;
    if (message.isEmpty()) {
        // Read up to one byte past the limit: a file that grew since it was
        // chosen is refused too, without reading it all.
        attachment.content = file.read(FormAttachmentCheck::sizeLimit(field()) + 1);
        message =
            FormAttachmentCheck::sizeError(field(), info.fileName(), attachment.content.size());
    }
    if (!message.isEmpty()) {
        emit refused(message);
        return false;
    }

    static const QMimeDatabase mimes;
    const QString mime =
        mimes.mimeTypeForFileNameAndData(info.fileName(), attachment.content).name();
    attachment.metadata = {{u"name"_s, info.fileName()},
                           {u"size"_s, double(attachment.content.size())},
                           {u"mime"_s, mime}};
    attachment.hasContent = true;
    m_attachments << attachment;
    showAttachments();
    m_list->setCurrentRow(m_list->count() - 1);
    emit refused({});
    emit edited();
    return true;
}

void FormFileEditor::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_attachments.removeAt(row);
    showAttachments();
    m_list->setCurrentRow(std::min(row, int(m_list->count()) - 1));
    if (m_list->count() == 0)
        m_add->setFocus(Qt::OtherFocusReason);
    emit refused({});
    emit edited();
}

void FormFileEditor::showAttachments()
{
    const QLocale locale;
    m_list->clear();
    for (const Attachment &attachment : std::as_const(m_attachments)) {
        const QJsonObject &metadata = attachment.metadata;
        m_list->addItem(
            tr("%1 (%2)", "file name (size)")
                .arg(metadata.value(u"name"_s).toString(),
                     locale.formattedDataSize(qint64(metadata.value(u"size"_s).toDouble()))));
    }
    // As high as its files, up to four of them; then it scrolls.
    const int rows = std::clamp(int(m_attachments.size()), 1, 4);
    const int rowHeight = std::max(m_list->sizeHintForRow(0), m_list->fontMetrics().height() + 4);
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth() + 4);
    m_list->setVisible(!m_attachments.isEmpty());
    m_none->setVisible(m_attachments.isEmpty());
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

QJsonValue FormFileEditor::answer() const
{
    if (m_attachments.isEmpty())
        return QJsonValue::Undefined;
    QJsonArray files;
    for (const Attachment &attachment : m_attachments)
        files.append(attachment.metadata);
    return files;
}

void FormFileEditor::setAnswer(const QJsonValue &answer)
{
    m_attachments.clear();
    const QJsonArray files = answer.isObject() ? QJsonArray{answer} : answer.toArray();
    for (const QJsonValue &file : files) {
        if (file.isObject())
            m_attachments << Attachment{file.toObject(), {}, false};
    }
    showAttachments();
}

QList<QWidget *> FormFileEditor::focusWidgets() const
{
    return {m_list, m_add, m_remove};
}

QList<FormUpload> FormFileEditor::uploads() const
{
    QList<FormUpload> uploads;
    for (const Attachment &attachment : m_attachments) {
        if (!attachment.hasContent)
            continue;
        const QJsonObject &metadata = attachment.metadata;
        uploads << FormUpload{field().key, metadata.value(u"name"_s).toString(),
                              metadata.value(u"mime"_s).toString(), attachment.content};
    }
    return uploads;
}
