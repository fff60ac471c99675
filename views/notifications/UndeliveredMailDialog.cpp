#include "UndeliveredMailDialog.h"

#include "common/MessageBar.h"
#include "notifications/UndeliveredMail.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

UndeliveredMailDialog::UndeliveredMailDialog(UndeliveredMail &mail, QWidget *parent)
    : QDialog(parent)
    , m_mail(mail)
    , m_message(new MessageBar)
    , m_table(new QTableWidget(0, 5))
    , m_retry(new QPushButton(tr("Send Again")))
{
    setObjectName(u"undeliveredMailDialog"_s);
    setWindowTitle(tr("Undelivered Notifications"));
    m_table->setObjectName(u"undeliveredTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Failed"), tr("Recipient"), tr("Subject"), tr("Attempts"), tr("Reason")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_retry->setObjectName(u"sendAgainButton"_s);
    m_retry->setToolTip(tr("Put the selected notifications back in the outbox, once the cause "
                           "is fixed"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &UndeliveredMailDialog::retrySelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_retry->setEnabled(m_table->selectionModel()->hasSelection()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 460);
    reload();
}

void UndeliveredMailDialog::reload()
{
    m_table->setRowCount(0);
    m_retry->setEnabled(false);
    const auto items = m_mail.list();
    if (!items) {
        m_message->showMessage(MessageBar::Kind::Error, items.error());
        return;
    }
    for (const UndeliveredMail::Item &item : *items) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells = {
            QLocale().toString(item.failedAt.toLocalTime(), QLocale::ShortFormat), item.recipient,
            item.subject, QString::number(item.attempts), item.lastError};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            cell->setData(Qt::UserRole, item.id);
            cell->setToolTip(cells.at(column));
            m_table->setItem(row, column, cell);
        }
    }
    m_table->resizeColumnsToContents();
    if (items->isEmpty())
        m_message->showMessage(MessageBar::Kind::Warning,
                               tr("Every notification was delivered or is still being tried."));
}

void UndeliveredMailDialog::retrySelected()
{
    QList<qint64> ids;
    const auto rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.append(row.data(Qt::UserRole).toLongLong());
    if (const Status retried = m_mail.retry(ids); !retried) {
        m_message->showMessage(MessageBar::Kind::Error, retried.error());
        return;
    }
    reload();
    m_message->showMessage(MessageBar::Kind::Warning,
                           tr("%n notification(s) back in the outbox: the next pass sends them.",
                              nullptr, int(ids.size())));
}
