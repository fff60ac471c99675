#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

// What a requester sees once a request is sent: its tracking number, large
// and easy to copy, what happens next, and where to go from here.
class RequestConfirmation : public QWidget
{
    Q_OBJECT

public:
    explicit RequestConfirmation(QWidget *parent = nullptr);

    void showRequest(qint64 requestId, const QString &trackingNumber, const QString &serviceName,
                     const QString &iconName, const QStringList &nextSteps);
    QString trackingNumber() const;
    // The buttons take Enter: "Go to My requests" first.
    void focusFirstAction();

signals:
    void myRequestsRequested(qint64 requestId);
    void anotherRequestRequested();

private:
    qint64 m_requestId = 0;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_number = nullptr;
    QVBoxLayout *m_steps = nullptr;
    QPushButton *m_myRequests = nullptr;
};
