#include "FormDesignerPreview.h"

#include "FormRenderer.h"
#include "common/WidgetStyle.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *note(const QString &name)
{
    auto *label = new QLabel;
    label->setObjectName(name);
    label->setWordWrap(true);
    return label;
}

} // namespace

FormDesignerPreview::FormDesignerPreview(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"previewPanel"_s);
    auto *title = new QLabel(tr("Preview"));
    WidgetStyle::scaleFont(title, 1.2, QFont::DemiBold);
    m_testMode = new QCheckBox(tr("&Test mode"));
    m_testMode->setObjectName(u"testModeCheck"_s);
    m_testMode->setToolTip(tr("Fill in the form as a requester would, and see its messages"));
    m_check = new QPushButton(tr("Chec&k"));
    m_check->setObjectName(u"checkButton"_s);
    m_check->setToolTip(tr("Show every message, as when the requester submits"));

    m_hint = note(u"previewHint"_s);
    WidgetStyle::mute(m_hint);
    m_status = note(u"previewStatus"_s);
    m_outdated = note(u"previewOutdated"_s);
    m_outdated->setText(tr("The preview shows the form as it was before the problems below."));
    WidgetStyle::setTone(m_outdated, WidgetStyle::Tone::Failure);
    m_empty = note(u"previewEmpty"_s);
    m_empty->setText(tr("No fields yet: requesters only confirm their request."));
    m_empty->setAlignment(Qt::AlignCenter);
    WidgetStyle::mute(m_empty);

    m_renderer = new FormRenderer;
    m_renderer->setObjectName(u"preview"_s);
    m_scroll = new QScrollArea;
    m_scroll->setObjectName(u"previewScroll"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(m_renderer);
    m_shield = new QWidget(m_scroll->viewport());
    m_shield->setObjectName(u"previewShield"_s);
    m_shield->raise();
    m_scroll->viewport()->installEventFilter(this);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_testMode);
    header->addWidget(m_check);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_hint);
    layout->addWidget(m_outdated);
    layout->addWidget(m_status);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_scroll, 1);
    m_outdated->hide();
    m_status->hide();
    showEmpty(true);

    connect(m_testMode, &QCheckBox::toggled, this, &FormDesignerPreview::setTestMode);
    connect(m_check, &QPushButton::clicked, this, &FormDesignerPreview::check);
    connect(m_renderer, &FormRenderer::answersChanged, m_status, &QWidget::hide);
    setTestMode(false);
}

void FormDesignerPreview::setPeople(const QList<Person> &people)
{
    m_renderer->setPeople(people);
}

void FormDesignerPreview::setSchema(const FormSchema &schema)
{
    if (schema == m_renderer->schema())
        return;
    QJsonObject answers = m_renderer->answers();
    m_renderer->setSchema(schema);
    showEmpty(schema.isEmpty());
    if (!isTestMode())
        return lockFocus(true);
    // The answers given so far stay; new fields start with their defaults.
    for (const FormField &field : schema.fields()) {
        if (!answers.contains(field.key) && !field.defaultValue.isUndefined())
            answers.insert(field.key, field.defaultValue);
    }
    m_renderer->setAnswers(answers);
}

void FormDesignerPreview::setOutdated(bool outdated)
{
    m_outdated->setVisible(outdated);
}

bool FormDesignerPreview::isTestMode() const
{
    return m_testMode->isChecked();
}

bool FormDesignerPreview::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        m_shield->setGeometry(m_scroll->viewport()->rect());
    return QWidget::eventFilter(watched, event);
}

void FormDesignerPreview::setTestMode(bool on)
{
    m_check->setVisible(on);
    m_shield->setVisible(!on);
    m_status->hide();
    // Answers typed in test mode go; the preview shows the defaults again.
    m_renderer->setSchema(m_renderer->schema());
    lockFocus(!on);
    updateTexts();
}

void FormDesignerPreview::check()
{
    const bool valid = m_renderer->showAllErrors();
    const int errors = int(m_renderer->validation().errors.size());
    m_status->setText(valid ? tr("The requester could submit these answers.")
                            : tr("%n answer(s) would be refused.", nullptr, errors));
    WidgetStyle::setTone(m_status, valid ? WidgetStyle::Tone::Success : WidgetStyle::Tone::Failure);
    m_status->show();
}

// Out of test mode the keyboard cannot reach the preview either.
void FormDesignerPreview::lockFocus(bool locked)
{
    if (!locked) {
        for (const auto &[widget, policy] : std::as_const(m_focusPolicies)) {
            if (widget)
                widget->setFocusPolicy(policy);
        }
        m_focusPolicies.clear();
        return;
    }
    m_focusPolicies.clear();
    for (QWidget *widget : m_renderer->findChildren<QWidget *>()) {
        m_focusPolicies.append({widget, widget->focusPolicy()});
        widget->setFocusPolicy(Qt::NoFocus);
    }
}

void FormDesignerPreview::showEmpty(bool empty)
{
    m_empty->setVisible(empty);
    m_scroll->setVisible(!empty);
}

void FormDesignerPreview::updateTexts()
{
    m_hint->setText(isTestMode() ? tr("Fill in the form as a requester: the messages show as "
                                      "the requester would read them.")
                                 : tr("As requesters will see it. Switch on test mode to fill it "
                                      "in."));
}
