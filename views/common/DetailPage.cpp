#include "DetailPage.h"

#include "IconLibrary.h"
#include "WidgetStyle.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int headerIconSize = 64;
constexpr int pageMargin = 28;

QLabel *textLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

DetailPage::DetailPage(QWidget *parent)
    : QScrollArea(parent)
{
    m_icon = new QLabel;
    m_icon->setObjectName(u"detailIcon"_s);
    m_icon->setFixedSize(headerIconSize, headerIconSize);
    m_title = textLabel(u"detailTitle"_s);
    WidgetStyle::scaleFont(m_title, 1.7, QFont::Bold);
    m_subtitle = textLabel(u"detailSubtitle"_s);
    WidgetStyle::mute(m_subtitle);
    m_description = textLabel(u"detailDescription"_s);
    // Descriptions are Markdown: the catalog editor writes bold, italics, lists.
    m_description->setTextFormat(Qt::MarkdownText);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    auto *header = new QHBoxLayout;
    header->setSpacing(16);
    header->addWidget(m_icon);
    header->addLayout(titles, 1);

    m_fields = new QFormLayout;
    m_fields->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_fields->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_fields->setHorizontalSpacing(24);
    m_fields->setVerticalSpacing(8);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(pageMargin, pageMargin, pageMargin, pageMargin);
    layout->setSpacing(16);
    layout->addLayout(header);
    layout->addWidget(m_description);
    layout->addLayout(m_fields);
    layout->addStretch();

    setWidget(content);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // A page to read: on the base colour, like a document.
    viewport()->setBackgroundRole(QPalette::Base);
}

void DetailPage::setHeader(const QString &iconName, const QString &title, const QString &subtitle,
                           const QString &description)
{
    m_icon->setPixmap(IconLibrary::pixmap(iconName, headerIconSize, devicePixelRatioF()));
    m_title->setText(title);
    m_subtitle->setText(subtitle);

    const QString text = description.trimmed();
    m_description->setText(text.isEmpty() ? tr("No description yet.") : text);
    m_description->setForegroundRole(text.isEmpty() ? QPalette::PlaceholderText
                                                    : QPalette::WindowText);
    clearFields();
}

void DetailPage::clearFields()
{
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
}

void DetailPage::addSection(const QString &title)
{
    auto *label = new QLabel(title);
    WidgetStyle::scaleFont(label, 1.1, QFont::DemiBold);
    // A gap above every section but the first sets the groups apart.
    label->setContentsMargins(0, m_fields->rowCount() > 0 ? 14 : 0, 0, 2);
    m_fields->addRow(label);
}

void DetailPage::addField(const QString &label, const QString &value, const QString &objectName)
{
    auto *name = new QLabel(label);
    WidgetStyle::mute(name);
    auto *valueLabel = textLabel(objectName);
    valueLabel->setText(value);
    m_fields->addRow(name, valueLabel);
}
