#include "FormPersonEditor.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>

FormPersonEditor::FormPersonEditor(const FormField &field, QAbstractItemModel *people,
                                   QWidget *parent)
    : FormFieldEditor(field, parent)
    , m_combo(new QComboBox(this))
{
    m_combo->setObjectName(editorName());
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    // Sized for a name, not by measuring every name in the directory.
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(24);
    m_combo->setModel(people);
    m_combo->lineEdit()->setPlaceholderText(
        field.placeholder.isEmpty() ? tr("Type a name to search") : field.placeholder);

    auto *completer = new QCompleter(people, m_combo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_combo->setCompleter(completer);
    m_combo->setCurrentIndex(-1);
    rowLayout()->addWidget(m_combo);

    connect(m_combo, &QComboBox::editTextChanged, this, [this](const QString &text) {
        if (m_filling)
            return;
        resolve(text);
        emit edited();
    });
    // A new list of people empties the editor: show the person again.
    connect(people, &QAbstractItemModel::modelReset, this, &FormPersonEditor::showPerson);
    connect(people, &QAbstractItemModel::rowsInserted, this, &FormPersonEditor::showPerson);
}

void FormPersonEditor::fillModel(QStandardItemModel *model, const QList<Person> &people)
{
    QList<QStandardItem *> items;
    for (const Person &person : people) {
        if (!person.active)
            continue;
        auto *item = new QStandardItem(
            tr("%1 (%2)", "person name (login)").arg(person.displayName, person.login));
        item->setData(person.id, Qt::UserRole);
        items << item;
    }
    std::sort(items.begin(), items.end(), [](const QStandardItem *a, const QStandardItem *b) {
        return a->text().localeAwareCompare(b->text()) < 0;
    });
    // One reset and one insertion, whatever the number of people.
    model->clear();
    model->invisibleRootItem()->appendRows(items);
}

void FormPersonEditor::resolve(const QString &text)
{
    const int index = m_combo->findText(text.trimmed(), Qt::MatchFixedString);
    m_id = index < 0 ? 0 : m_combo->itemData(index).toLongLong();
}

void FormPersonEditor::showPerson()
{
    // A person not in the list (yet) keeps the id, for setPeople to show.
    const int index = m_id > 0 ? m_combo->findData(m_id) : -1;
    m_filling = true;
    m_combo->setCurrentIndex(index);
    if (index < 0)
        m_combo->setEditText({});
    m_filling = false;
}

QJsonValue FormPersonEditor::answer() const
{
    if (m_id > 0)
        return double(m_id);
    const QString text = m_combo->currentText().trimmed();
    if (text.isEmpty())
        return QJsonValue::Undefined;
    return text;
}

void FormPersonEditor::setAnswer(const QJsonValue &answer)
{
    if (answer.isString()) {
        m_id = 0;
        m_filling = true;
        m_combo->setEditText(answer.toString());
        m_filling = false;
        return;
    }
    m_id = answer.isDouble() ? qint64(answer.toDouble()) : 0;
    showPerson();
}

QList<QWidget *> FormPersonEditor::focusWidgets() const
{
    return {m_combo};
}
