#pragma once

#include "requests/RequestSummary.h"
#include "sla/RequestSla.h"

#include <QWidget>

class QLabel;
class QPushButton;
class SlaBadge;

// The head of a request's detail: its tracking number with the status
// beside it, the service and submission date, the due-date mark, and the
// Cancel Request button, which its owner enables and answers.
class RequestHeader : public QWidget
{
    Q_OBJECT

public:
    explicit RequestHeader(QWidget *parent = nullptr);

    void setRequest(const RequestSummary &summary, const RequestSla &sla);
    // Hidden when the request is not the signed-in person's, disabled
    // (saying why) when the workflow no longer allows it.
    void setCancel(bool offered, bool allowed, RequestStatus::Value status);

signals:
    void cancelRequested();

private:
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_service = nullptr;
    SlaBadge *m_sla = nullptr;
    QPushButton *m_cancel = nullptr;
};
