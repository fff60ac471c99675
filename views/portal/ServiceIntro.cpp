#include "ServiceIntro.h"

#include "common/IconLibrary.h"
#include "common/WidgetStyle.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int iconSize = 56;

QLabel *textLabel(const QString &objectName, Qt::TextFormat format = Qt::PlainText)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(format);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ServiceIntro::ServiceIntro(QWidget *parent)
    : QWidget(parent)
{
    m_icon = new QLabel;
    m_icon->setFixedSize(iconSize, iconSize);
    m_name = textLabel(u"serviceName"_s);
    WidgetStyle::scaleFont(m_name, 1.6, QFont::Bold);
    m_path = textLabel(u"servicePath"_s);
    WidgetStyle::mute(m_path);
    // Descriptions are Markdown: the catalog editor writes bold, italics, lists.
    m_description = textLabel(u"serviceDescription"_s, Qt::MarkdownText);
    m_description->setOpenExternalLinks(true);
    m_description->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addStretch();
    titles->addWidget(m_name);
    titles->addWidget(m_path);
    titles->addStretch();
    auto *header = new QHBoxLayout;
    header->setSpacing(16);
    header->addWidget(m_icon, 0, Qt::AlignTop);
    header->addLayout(titles, 1);

    m_delayCaption = new QLabel(tr("Delay"));
    WidgetStyle::mute(m_delayCaption);
    m_delay = textLabel(u"serviceCommitment"_s);
    auto *approvalCaption = new QLabel(tr("Approval"));
    WidgetStyle::mute(approvalCaption);
    m_approval = textLabel(u"serviceApproval"_s);
    auto *facts = new QFormLayout;
    facts->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    facts->setHorizontalSpacing(24);
    facts->addRow(m_delayCaption, m_delay);
    facts->addRow(approvalCaption, m_approval);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addLayout(header);
    layout->addWidget(m_description);
    layout->addLayout(facts);
}

void ServiceIntro::setContent(const Content &content)
{
    m_icon->setPixmap(
        IconLibrary::pixmap(content.iconName, iconSize, devicePixelRatioF(), u"service"_s));
    m_name->setText(content.name);
    m_path->setText(content.categoryPath);
    m_path->setVisible(!content.categoryPath.isEmpty());
    m_description->setText(content.description.trimmed());
    m_description->setVisible(!content.description.trimmed().isEmpty());
    m_delay->setText(content.commitment);
    m_delay->setVisible(!content.commitment.isEmpty());
    m_delayCaption->setVisible(!content.commitment.isEmpty());
    m_approval->setText(content.approval);
}
