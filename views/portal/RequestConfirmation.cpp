#include "RequestConfirmation.h"

#include "common/IconLibrary.h"
#include "common/WidgetStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {

constexpr int columnWidth = 640;
constexpr int iconSize = 56;

QLabel *wrappedLabel(const QString &objectName = {})
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

RequestConfirmation::RequestConfirmation(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"requestConfirmation"_s);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_icon = new QLabel;
    m_icon->setFixedSize(iconSize, iconSize);
    m_title = wrappedLabel(u"confirmationTitle"_s);
    WidgetStyle::scaleFont(m_title, 1.5, QFont::Bold);
    auto *numberCaption = wrappedLabel();
    numberCaption->setText(tr("Your tracking number"));
    WidgetStyle::mute(numberCaption);
    m_number = wrappedLabel(u"trackingNumber"_s);
    WidgetStyle::scaleFont(m_number, 2.4, QFont::Bold);
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_number->setCursor(Qt::IBeamCursor);
    auto *numberHint = wrappedLabel();
    numberHint->setText(tr("Quote it whenever you talk to the IT team about this request."));
    WidgetStyle::mute(numberHint);

    auto *nextHeading = wrappedLabel();
    nextHeading->setText(tr("What happens next"));
    WidgetStyle::scaleFont(nextHeading, 1.15, QFont::DemiBold);
    m_steps = new QVBoxLayout;
    m_steps->setSpacing(6);

    m_myRequests = new QPushButton(tr("Go to My requests"));
    m_myRequests->setObjectName(u"goToMyRequestsButton"_s);
    m_myRequests->setDefault(true);
    auto *another = new QPushButton(tr("Request something else"));
    another->setObjectName(u"requestAnotherButton"_s);
    connect(m_myRequests, &QPushButton::clicked, this,
            [this] { emit myRequestsRequested(m_requestId); });
    connect(another, &QPushButton::clicked, this, &RequestConfirmation::anotherRequestRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_myRequests);
    buttons->addWidget(another);
    buttons->addStretch();

    auto *column = new QWidget;
    column->setMaximumWidth(columnWidth);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_icon);
    layout->addWidget(m_title);
    layout->addSpacing(12);
    layout->addWidget(numberCaption);
    layout->addWidget(m_number);
    layout->addWidget(numberHint);
    layout->addSpacing(20);
    layout->addWidget(nextHeading);
    layout->addLayout(m_steps);
    layout->addSpacing(24);
    layout->addLayout(buttons);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(28, 28, 28, 28);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
}

void RequestConfirmation::showRequest(qint64 requestId, const QString &trackingNumber,
                                      const QString &serviceName, const QString &iconName,
                                      const QStringList &nextSteps)
{
    m_requestId = requestId;
    m_icon->setPixmap(IconLibrary::pixmap(iconName, iconSize, devicePixelRatioF(), u"service"_s));
    m_title->setText(tr("Your request for \"%1\" is sent").arg(serviceName));
    m_number->setText(trackingNumber);

    while (QLayoutItem *item = m_steps->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int number = 0;
    for (const QString &step : nextSteps) {
        auto *label = wrappedLabel(u"nextStep%1"_s.arg(++number));
        label->setText(tr("%1. %2").arg(number).arg(step));
        m_steps->addWidget(label);
    }
}

QString RequestConfirmation::trackingNumber() const
{
    return m_number->text();
}

void RequestConfirmation::focusFirstAction()
{
    m_myRequests->setFocus(Qt::OtherFocusReason);
}
