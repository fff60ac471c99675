#include "FormAnswerView.h"

#include "common/WidgetStyle.h"
#include "forms/FormAnswerText.h"

#include <QAction>
#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace {

// Attachments open through links of this scheme: "attachment:42".
const QString attachmentScheme = u"attachment:"_s;

QString fileLinks(const QJsonValue &answer)
{
    QStringList links;
    for (const QJsonValue &file : answer.toArray()) {
        const QString text = FormAnswerText::fileText(file).toHtmlEscaped();
        const qint64 id = qint64(file.toObject().value(u"id"_s).toDouble());
        links << (id > 0 ? u"<a href=\"%1%2\">%3</a>"_s.arg(attachmentScheme).arg(id).arg(text)
                         : text);
    }
    return links.join(u"<br>"_s);
}

} // namespace

FormAnswerView::FormAnswerView(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
{
    setObjectName(u"formAnswerView"_s);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_layout->setRowWrapPolicy(QFormLayout::WrapLongRows);

    auto *copy = new QAction(tr("Copy Answers"), this);
    copy->setObjectName(u"copyAnswersAction"_s);
    connect(copy, &QAction::triggered, this,
            [this] { QGuiApplication::clipboard()->setText(plainText()); });
    addAction(copy);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

void FormAnswerView::setPeople(const QList<Person> &people)
{
    m_people.clear();
    for (const Person &person : people)
        m_people.insert(person.id, person.displayName);
}

void FormAnswerView::setForm(const FormSchema &schema, const QJsonObject &answers)
{
    clear();
    // A section is shown only when one of its fields holds an answer.
    const FormField *pendingSection = nullptr;
    for (const FormField &field : schema.fields()) {
        if (field.type == FormField::Type::Section) {
            pendingSection = &field;
            continue;
        }
        const QJsonValue answer = answers.value(field.key);
        if (FormAnswerText::isEmptyAnswer(answer))
            continue;
        if (pendingSection)
            addHeading(*std::exchange(pendingSection, nullptr));
        addAnswer(field, answer);
    }
    if (m_lines.isEmpty()) {
        auto *none = new QLabel(tr("The request was sent without answers."));
        none->setObjectName(u"noAnswersLabel"_s);
        WidgetStyle::mute(none);
        m_layout->addRow(none);
    }
}

QString FormAnswerView::plainText() const
{
    return m_lines.join(u'\n');
}

void FormAnswerView::clear()
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_lines.clear();
}

void FormAnswerView::addHeading(const FormField &section)
{
    auto *heading = new QLabel(section.label);
    heading->setObjectName(u"section_"_s + section.key);
    WidgetStyle::scaleFont(heading, 1.1, QFont::DemiBold);
    if (m_layout->rowCount() > 0)
        heading->setContentsMargins(0, 8, 0, 0);
    m_layout->addRow(heading);
    m_lines << section.label;
}

void FormAnswerView::addAnswer(const FormField &field, const QJsonValue &answer)
{
    auto *label = new QLabel(tr("%1:").arg(field.label));
    WidgetStyle::mute(label);
    label->setWordWrap(true);
    m_layout->addRow(label, answerLabel(field, answer));

    // Continuation lines indented, so a multi-line answer stays one item.
    QString text = FormAnswerText::text(field, answer, m_people);
    text.replace(u'\n', u"\n    "_s);
    m_lines << tr("%1: %2").arg(field.label, text);
}

QLabel *FormAnswerView::answerLabel(const FormField &field, const QJsonValue &answer)
{
    auto *value = new QLabel;
    value->setObjectName(u"answer_"_s + field.key);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                                   Qt::LinksAccessibleByKeyboard);
    if (field.type != FormField::Type::File) {
        value->setTextFormat(Qt::PlainText);
        value->setText(FormAnswerText::text(field, answer, m_people));
        return value;
    }
    value->setTextFormat(Qt::RichText);
    value->setText(fileLinks(answer));
    connect(value, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(attachmentScheme))
            emit attachmentActivated(link.mid(attachmentScheme.size()).toLongLong());
    });
    return value;
}
