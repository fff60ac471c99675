#include "RequestHeader.h"

#include "common/WidgetStyle.h"
#include "sla/SlaBadge.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RequestHeader::RequestHeader(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_status(new QLabel)
    , m_service(new QLabel)
    , m_sla(new SlaBadge)
    , m_cancel(new QPushButton(tr("Cancel Request…")))
{
    setObjectName(u"requestHeader"_s);
    m_title->setObjectName(u"requestTitle"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    WidgetStyle::scaleFont(m_title, 1.5, QFont::DemiBold);
    m_status->setObjectName(u"requestStatus"_s);
    // Fixed colours, like the message bar: the chip reads the same in any theme.
    m_status->setStyleSheet(u"QLabel { background: #e6eaf0; color: #23313f; "
                            "border-radius: 9px; padding: 2px 10px; }"_s);
    m_service->setObjectName(u"requestService"_s);
    m_service->setWordWrap(true);
    m_cancel->setObjectName(u"cancelRequestButton"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addWidget(m_status, 0, Qt::AlignVCenter);
    top->addStretch();
    top->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_service);
    layout->addWidget(m_sla);
    connect(m_cancel, &QPushButton::clicked, this, &RequestHeader::cancelRequested);
}

void RequestHeader::setRequest(const RequestSummary &summary, const RequestSla &sla)
{
    m_title->setText(summary.trackingNumber);
    m_status->setText(RequestStatus::text(summary.status));
    m_service->setText(
        tr("%1 · submitted %2")
            .arg(summary.serviceName,
                 QLocale().toString(summary.createdAt.toLocalTime(), QLocale::ShortFormat)));
    m_sla->setSla(sla);
}

void RequestHeader::setCancel(bool offered, bool allowed, RequestStatus::Value status)
{
    m_cancel->setVisible(offered);
    m_cancel->setEnabled(offered && allowed);
    m_cancel->setToolTip(allowed ? tr("Withdraw the request: nobody will work on it.")
                                 : tr("A request is cancelled only before work on it starts; "
                                      "this one is \"%1\".")
                                       .arg(RequestStatus::text(status)));
}
