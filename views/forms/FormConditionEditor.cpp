#include "FormConditionEditor.h"

#include "FormConditionEditorGroup.h"
#include "common/WidgetStyle.h"

#include <QComboBox>
#include <QLabel>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

using Kind = FormCondition::Kind;

enum Mode
{
    Always,
    WhenAll,
    WhenAny
};

Kind kindOf(int mode)
{
    return mode == WhenAny ? Kind::Any : Kind::All;
}

} // namespace

FormConditionEditor::FormConditionEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"conditionEditor"_s);
    m_mode = new QComboBox;
    m_mode->setObjectName(u"conditionMode"_s);
    m_mode->addItem(tr("Always shown"), Always);
    m_mode->addItem(tr("Shown when all of these hold:"), WhenAll);
    m_mode->addItem(tr("Shown when any of these holds:"), WhenAny);
    m_note = new QLabel(tr("Add a field that holds an answer first: this field can then be "
                           "shown depending on that answer."));
    m_note->setObjectName(u"conditionNote"_s);
    m_note->setWordWrap(true);
    WidgetStyle::mute(m_note);

    m_groupLayout = new QVBoxLayout;
    m_groupLayout->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mode);
    layout->addWidget(m_note);
    layout->addLayout(m_groupLayout);

    connect(m_mode, &QComboBox::activated, this, &FormConditionEditor::modeChosen);
}

void FormConditionEditor::setCondition(const FormCondition &condition,
                                       const QList<FormField> &candidates)
{
    if (candidates == m_candidates && m_group && condition == this->condition())
        return;
    m_candidates = candidates;
    rebuild(condition);
}

FormCondition FormConditionEditor::condition() const
{
    if (m_mode->currentData().toInt() == Always || !m_group)
        return {};
    return m_group->condition();
}

void FormConditionEditor::rebuild(const FormCondition &condition)
{
    // A signal of the old group may still be on its way: it goes afterwards.
    if (m_group) {
        m_group->hide();
        m_group->deleteLater();
    }
    m_group = new FormConditionEditorGroup(m_candidates, m_people, 0);
    m_groupLayout->addWidget(m_group);
    connect(m_group, &FormConditionEditorGroup::edited, this, &FormConditionEditor::groupEdited);

    const Mode mode = condition.isAlways()            ? Always
                      : condition.kind() == Kind::Any ? WhenAny
                                                      : WhenAll;
    m_mode->setCurrentIndex(m_mode->findData(mode));
    m_group->setKind(kindOf(mode));
    if (mode != Always)
        m_group->setCondition(condition);
    m_group->setVisible(mode != Always);

    // Without another answer there is nothing to depend on; a condition
    // read from a schema still shows, so that it can be removed.
    const bool possible = !m_candidates.isEmpty();
    m_note->setVisible(!possible);
    auto *model = qobject_cast<QStandardItemModel *>(m_mode->model());
    for (const int each : {WhenAll, WhenAny})
        model->item(each)->setEnabled(possible || mode != Always);
}

void FormConditionEditor::modeChosen()
{
    const int mode = m_mode->currentData().toInt();
    m_group->setKind(kindOf(mode));
    if (mode != Always && m_group->isEmpty())
        m_group->addComparison(
            FormCondition::comparison(m_candidates.isEmpty() ? QString() : m_candidates.first().key,
                                      FormCondition::Operator::IsNotEmpty));
    m_group->setVisible(mode != Always);
    emit edited(u"condition"_s);
}

void FormConditionEditor::groupEdited(const QString &property)
{
    // Removing the last comparison means the field is always shown again.
    if (m_group->isEmpty()) {
        m_mode->setCurrentIndex(m_mode->findData(Always));
        m_group->hide();
    }
    emit edited(property);
}
