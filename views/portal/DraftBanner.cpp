#include "DraftBanner.h"

#include "common/MessageBar.h"

#include <QHBoxLayout>
#include <QPushButton>

using namespace Qt::StringLiterals;

DraftBanner::DraftBanner(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"draftBanner"_s);
    m_bar = new MessageBar;
    m_bar->setObjectName(u"draftMessage"_s);
    m_discard = new QPushButton(tr("Discard draft"));
    m_discard->setObjectName(u"discardDraftButton"_s);
    connect(m_discard, &QPushButton::clicked, this, [this] {
        hide();
        emit discardRequested();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_discard, 0, Qt::AlignVCenter);
    hide();
}

void DraftBanner::showMessage(const QString &text)
{
    m_bar->showMessage(MessageBar::Kind::Warning, text);
    show();
}

QString DraftBanner::text() const
{
    return m_bar->text();
}
