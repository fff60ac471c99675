#pragma once

#include <QDialog>

class MessageBar;
class QPushButton;
class QTableWidget;
class UndeliveredMail;

// Administrators' view of the mails the dispatcher gave up on, with the
// reason of each, and "Send Again" once the cause is fixed.
class UndeliveredMailDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UndeliveredMailDialog(UndeliveredMail &mail, QWidget *parent = nullptr);

    void reload();

private:
    void retrySelected();

    UndeliveredMail &m_mail;
    MessageBar *m_message = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_retry = nullptr;
};
