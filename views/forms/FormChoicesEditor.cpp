#include "FormChoicesEditor.h"

#include "forms/FormKeyGenerator.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum Column
{
    LabelColumn,
    ValueColumn
};

// "option_1", or "option_1_2" when that was taken: the value was made from
// the label rather than typed, and follows it.
bool isMadeFrom(const QString &value, const QString &label)
{
    const QString slug = FormKeyGenerator::slug(label);
    if (value.isEmpty() || value == slug)
        return true;
    bool number = false;
    return value.startsWith(slug + u'_') && (value.mid(slug.size() + 1).toInt(&number), number);
}

QPushButton *button(const QString &text, const QString &name, const QString &toolTip)
{
    auto *button = new QPushButton(text);
    button->setObjectName(name);
    button->setToolTip(toolTip);
    return button;
}

} // namespace

FormChoicesEditor::FormChoicesEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"choicesEditor"_s);
    m_table = new QTableWidget(0, 2);
    m_table->setObjectName(u"choicesTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Label"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMinimumHeight(120);
    m_table->setMaximumHeight(200);

    m_add =
        button(tr("&Add Choice"), u"addChoiceButton"_s, tr("Add a choice after the selected one"));
    m_remove = button(tr("Remove"), u"removeChoiceButton"_s, tr("Remove the selected choice"));
    m_up = button(tr("Up"), u"moveChoiceUpButton"_s, tr("Move the selected choice up"));
    m_down = button(tr("Down"), u"moveChoiceDownButton"_s, tr("Move the selected choice down"));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *each : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(each);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &FormChoicesEditor::addChoice);
    connect(m_remove, &QPushButton::clicked, this, &FormChoicesEditor::removeChoice);
    connect(m_up, &QPushButton::clicked, this, [this] { moveChoice(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveChoice(1); });
    connect(m_table, &QTableWidget::cellChanged, this, &FormChoicesEditor::cellEdited);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row, int column) {
        m_labelBeforeEdit = row < 0 ? QString() : m_table->item(row, LabelColumn)->text();
        Q_UNUSED(column)
        updateButtons();
    });
    updateButtons();
}

void FormChoicesEditor::setChoices(const QList<FormField::Choice> &choices)
{
    if (choices == this->choices())
        return;
    fill(choices, qMin(m_table->currentRow(), int(choices.size()) - 1));
}

QList<FormField::Choice> FormChoicesEditor::choices() const
{
    QList<FormField::Choice> choices;
    for (int row = 0; row < m_table->rowCount(); ++row)
        choices.append({m_table->item(row, ValueColumn)->text().trimmed(),
                        m_table->item(row, LabelColumn)->text()});
    return choices;
}

void FormChoicesEditor::fill(const QList<FormField::Choice> &choices, int current)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(choices.size()));
    for (int row = 0; row < choices.size(); ++row) {
        m_table->setItem(row, LabelColumn, new QTableWidgetItem(choices.at(row).label));
        m_table->setItem(row, ValueColumn, new QTableWidgetItem(choices.at(row).value));
    }
    m_table->setCurrentCell(current, current < 0 ? -1 : LabelColumn);
    m_labelBeforeEdit = current < 0 ? QString() : choices.at(current).label;
    updateButtons();
}

QStringList FormChoicesEditor::valuesBut(int row) const
{
    QStringList values;
    for (int each = 0; each < m_table->rowCount(); ++each) {
        if (each != row)
            values.append(m_table->item(each, ValueColumn)->text().trimmed());
    }
    return values;
}

void FormChoicesEditor::addChoice()
{
    QList<FormField::Choice> list = choices();
    const QString label = tr("Option %1").arg(list.size() + 1);
    const int at = m_table->currentRow() < 0 ? int(list.size()) : m_table->currentRow() + 1;
    list.insert(at, {FormKeyGenerator::keyFor(label, valuesBut(-1)), label});
    fill(list, at);
    emit choicesEdited(list);
    m_table->setFocus();
    m_table->editItem(m_table->item(at, LabelColumn));
}

void FormChoicesEditor::removeChoice()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    QList<FormField::Choice> list = choices();
    list.removeAt(row);
    fill(list, qMin(row, int(list.size()) - 1));
    emit choicesEdited(list);
}

void FormChoicesEditor::moveChoice(int step)
{
    const int row = m_table->currentRow();
    QList<FormField::Choice> list = choices();
    if (row < 0 || row + step < 0 || row + step >= list.size())
        return;
    list.move(row, row + step);
    fill(list, row + step);
    emit choicesEdited(list);
}

void FormChoicesEditor::cellEdited(int row, int column)
{
    // A value that was made from the old label follows the new one.
    QTableWidgetItem *value = m_table->item(row, ValueColumn);
    const QString label = m_table->item(row, LabelColumn)->text();
    if (column == LabelColumn && value && isMadeFrom(value->text(), m_labelBeforeEdit)) {
        const QSignalBlocker blocker(m_table);
        value->setText(FormKeyGenerator::keyFor(label, valuesBut(row)));
    }
    if (column == LabelColumn)
        m_labelBeforeEdit = label;
    emit choicesEdited(choices());
}

void FormChoicesEditor::updateButtons()
{
    const int row = m_table->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_table->rowCount());
}
