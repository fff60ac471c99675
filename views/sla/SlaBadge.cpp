#include "SlaBadge.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

using namespace Qt::StringLiterals;

SlaBadge::SlaBadge(QWidget *parent)
    : QWidget(parent)
    , m_mark(new QLabel)
    , m_text(new QLabel)
{
    setObjectName(u"slaBadge"_s);
    m_mark->setObjectName(u"slaMark"_s);
    m_text->setObjectName(u"slaText"_s);
    m_mark->setFixedSize(12, 12);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mark);
    layout->addWidget(m_text, 1);
    setSla({});
}

QColor SlaBadge::colorFor(SlaState::Value state)
{
    switch (state) {
    case SlaState::Value::OnTrack:
    case SlaState::Value::Met:
        return QColor(0x2e, 0x8b, 0x3e);
    case SlaState::Value::Warning:
        return QColor(0xe0, 0x8a, 0x00);
    case SlaState::Value::Critical:
        return QColor(0xd0, 0x2b, 0x20);
    case SlaState::Value::Breached:
    case SlaState::Value::Missed:
        return QColor(0x7a, 0x10, 0x10);
    case SlaState::Value::None:
        break;
    }
    return QColor(0x9a, 0x9a, 0x9a);
}

void SlaBadge::setSla(const RequestSla &sla)
{
    m_mark->setStyleSheet(u"background: %1; border-radius: 6px;"_s.arg(colorFor(sla.state).name()));
    if (!sla.dueAt.isValid()) {
        m_text->setText(tr("No due date"));
        return;
    }
    const QString when = QLocale().toString(sla.dueAt.toLocalTime(), QLocale::ShortFormat);
    const QString date = sla.firm ? tr("Due %1").arg(when) : tr("Expected %1").arg(when);
    const bool late = sla.state == SlaState::Value::Breached;
    const QString state = !sla.firm && late ? tr("Late") : SlaState::text(sla.state);
    m_text->setText(tr("%1 — %2").arg(date, state));
}

QString SlaBadge::text() const
{
    return m_text->text();
}
