#include "FormConditionEditorGroup.h"

#include "FormConditionEditorRow.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

using Kind = FormCondition::Kind;

} // namespace

FormConditionEditorGroup::FormConditionEditorGroup(const QList<FormField> &candidates,
                                                   const QList<Person> &people, int depth,
                                                   QWidget *parent)
    : QFrame(parent)
    , m_candidates(candidates)
    , m_people(people)
    , m_depth(depth)
{
    setObjectName(depth == 0 ? u"conditionGroup"_s : u"nestedConditionGroup"_s);
    auto *layout = new QVBoxLayout(this);
    if (depth == 0) {
        layout->setContentsMargins(0, 0, 0, 0);
    } else {
        setFrameShape(QFrame::StyledPanel);
        m_kindCombo = new QComboBox;
        m_kindCombo->setObjectName(u"conditionGroupKind"_s);
        m_kindCombo->addItem(tr("All of these hold:"), int(Kind::All));
        m_kindCombo->addItem(tr("Any of these holds:"), int(Kind::Any));
        auto *remove = new QToolButton;
        remove->setObjectName(u"removeConditionGroupButton"_s);
        remove->setText(u"\u2715"_s);
        remove->setToolTip(tr("Remove this group"));
        remove->setAutoRaise(true);
        auto *header = new QHBoxLayout;
        header->addWidget(m_kindCombo);
        header->addStretch(1);
        header->addWidget(remove);
        layout->addLayout(header);
        connect(m_kindCombo, &QComboBox::activated, this, [this] {
            m_kind = Kind(m_kindCombo->currentData().toInt());
            emit edited(u"condition"_s);
        });
        connect(remove, &QToolButton::clicked, this, &FormConditionEditorGroup::removeRequested);
    }
    m_rows = new QVBoxLayout;
    layout->addLayout(m_rows);

    auto *buttons = new QHBoxLayout;
    auto *addComparison = new QPushButton(tr("Add Condition"));
    addComparison->setObjectName(u"addConditionButton"_s);
    buttons->addWidget(addComparison);
    connect(addComparison, &QPushButton::clicked, this, [this] {
        this->addComparison(newComparison());
        emit edited(u"condition"_s);
    });
    if (depth == 0) {
        auto *addGroup = new QPushButton(tr("Add Group"));
        addGroup->setObjectName(u"addConditionGroupButton"_s);
        addGroup->setToolTip(tr("A group of conditions of which all, or any, must hold"));
        buttons->addWidget(addGroup);
        connect(addGroup, &QPushButton::clicked, this, [this] {
            this->addGroup(FormCondition::any({newComparison()}));
            emit edited(u"condition"_s);
        });
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
}

void FormConditionEditorGroup::setCondition(const FormCondition &condition)
{
    qDeleteAll(m_children);
    m_children.clear();
    if (condition.kind() == Kind::Comparison) {
        addComparison(condition);
        return;
    }
    m_kind = condition.kind() == Kind::Any ? Kind::Any : Kind::All;
    if (m_kindCombo)
        m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(m_kind)));
    for (const FormCondition &child : condition.conditions()) {
        if (child.isGroup())
            addGroup(child);
        else if (child.kind() == Kind::Comparison)
            addComparison(child);
    }
}

FormCondition FormConditionEditorGroup::condition() const
{
    QList<FormCondition> children;
    for (QWidget *child : m_children) {
        if (auto *row = qobject_cast<FormConditionEditorRow *>(child))
            children.append(row->condition());
        else if (auto *group = qobject_cast<FormConditionEditorGroup *>(child))
            children.append(group->condition());
    }
    return m_kind == Kind::Any ? FormCondition::any(children) : FormCondition::all(children);
}

void FormConditionEditorGroup::addComparison(const FormCondition &comparison)
{
    auto *row = new FormConditionEditorRow(m_candidates, m_people);
    row->setCondition(comparison);
    connect(row, &FormConditionEditorRow::edited, this, &FormConditionEditorGroup::edited);
    connect(row, &FormConditionEditorRow::removeRequested, this, [this, row] { removeChild(row); });
    addChild(row);
}

void FormConditionEditorGroup::addGroup(const FormCondition &group)
{
    auto *nested = new FormConditionEditorGroup(m_candidates, m_people, m_depth + 1);
    nested->setCondition(group);
    connect(nested, &FormConditionEditorGroup::edited, this, &FormConditionEditorGroup::edited);
    connect(nested, &FormConditionEditorGroup::removeRequested, this,
            [this, nested] { removeChild(nested); });
    addChild(nested);
}

void FormConditionEditorGroup::addChild(QWidget *child)
{
    m_children.append(child);
    m_rows->addWidget(child);
}

void FormConditionEditorGroup::removeChild(QWidget *child)
{
    m_children.removeOne(child);
    child->hide();
    // Called from the child's own button: it goes once the click is over.
    child->deleteLater();
    if (m_children.isEmpty() && m_depth > 0)
        emit removeRequested();
    else
        emit edited(u"condition"_s);
}

FormCondition FormConditionEditorGroup::newComparison() const
{
    const QString key = m_candidates.isEmpty() ? QString() : m_candidates.first().key;
    const auto op =
        m_candidates.isEmpty() || FormConditionEditorRow::suits(m_candidates.first().type,
                                                                FormCondition::Operator::Equals)
            ? FormCondition::Operator::Equals
            : FormCondition::Operator::IsNotEmpty;
    return FormCondition::comparison(key, op);
}
