#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

// Asks an approver why they reject a request. The reason is required (the
// requester reads it): Reject stays disabled while it is blank.
class RejectDialog : public QDialog
{
    Q_OBJECT

public:
    RejectDialog(const QString &trackingNumber, const QString &requesterName,
                 QWidget *parent = nullptr);

    // Trimmed.
    QString reason() const;

private:
    void updateButton();

    QPlainTextEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
