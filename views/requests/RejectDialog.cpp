#include "RejectDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RejectDialog::RejectDialog(const QString &trackingNumber, const QString &requesterName,
                           QWidget *parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"rejectDialog"_s);
    setWindowTitle(tr("Reject %1").arg(trackingNumber));
    auto *prompt = new QLabel(
        tr("Why do you reject %1? %2 reads the reason.").arg(trackingNumber, requesterName));
    prompt->setWordWrap(true);
    prompt->setBuddy(m_reason);
    m_reason->setObjectName(u"rejectReasonEdit"_s);
    m_reason->setPlaceholderText(tr("The reason, required"));
    m_reason->setTabChangesFocus(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Reject"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_buttons);
    resize(420, 220);

    connect(m_reason, &QPlainTextEdit::textChanged, this, &RejectDialog::updateButton);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButton();
}

QString RejectDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void RejectDialog::updateButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
}
