#include "FormDesignerDocument.h"

#include "FormDesignerCommand.h"
#include "forms/FormKeyGenerator.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

FormCondition renamed(const FormCondition &condition, const QString &from, const QString &to)
{
    QList<FormCondition> children;
    switch (condition.kind()) {
    case FormCondition::Kind::Always:
        return condition;
    case FormCondition::Kind::Comparison:
        if (condition.field() != from)
            return condition;
        return FormCondition::comparison(to, condition.op(), condition.value());
    case FormCondition::Kind::All:
    case FormCondition::Kind::Any:
        for (const FormCondition &child : condition.conditions())
            children.append(renamed(child, from, to));
        return condition.kind() == FormCondition::Kind::All ? FormCondition::all(children)
                                                            : FormCondition::any(children);
    }
    return condition;
}

// The conditions of the other fields follow a key that changes.
void renameKey(QList<FormField> &fields, const QString &from, const QString &to)
{
    for (FormField &field : fields)
        field.visibleWhen = renamed(field.visibleWhen, from, to);
}

// Choosing another row or structural edits end a run of keystrokes.
bool isTyping(const QString &property)
{
    return !property.isEmpty() && property != u"choices"_s && property != u"condition"_s;
}

} // namespace

FormDesignerDocument::FormDesignerDocument(const QList<FormField> &fields,
                                           const QStringList &retiredKeys, QObject *parent)
    : QObject(parent)
    , m_fields(fields)
    , m_current(fields.isEmpty() ? -1 : 0)
    , m_publishedKeys(retiredKeys)
    , m_undoStack(new QUndoStack(this))
{
    for (const FormField &field : fields)
        m_publishedKeys.append(field.key);
}

bool FormDesignerDocument::isNew(int index) const
{
    return index >= 0 && index < m_fields.size() &&
           !m_publishedKeys.contains(m_fields.at(index).key);
}

QStringList FormDesignerDocument::usedKeys(int except) const
{
    QStringList keys = m_publishedKeys;
    for (int i = 0; i < m_fields.size(); ++i) {
        if (i != except)
            keys.append(m_fields.at(i).key);
    }
    return keys;
}

void FormDesignerDocument::select(int index)
{
    ++m_mergeSerial;
    if (index == m_current)
        return;
    m_current = index;
    emit changed();
}

void FormDesignerDocument::addField(FormField::Type type)
{
    FormField field;
    field.type = type;
    field.label = type == FormField::Type::Section ? tr("New section") : FormField::typeText(type);
    field.key = FormKeyGenerator::keyFor(field.label, usedKeys());
    if (field.hasChoices())
        field.choices = {{u"option_1"_s, tr("Option 1")}, {u"option_2"_s, tr("Option 2")}};

    const int at = m_current < 0 ? int(m_fields.size()) : m_current + 1;
    QList<FormField> after = m_fields;
    after.insert(at, field);
    push(after, at, tr("Add \"%1\"").arg(field.label));
}

void FormDesignerDocument::duplicateField(int index)
{
    if (index < 0 || index >= m_fields.size())
        return;
    FormField copy = m_fields.at(index);
    copy.label = tr("%1 (copy)").arg(copy.label);
    copy.key = FormKeyGenerator::keyFor(copy.label, usedKeys());
    QList<FormField> after = m_fields;
    after.insert(index + 1, copy);
    push(after, index + 1, tr("Duplicate \"%1\"").arg(nameOf(m_fields.at(index))));
}

void FormDesignerDocument::removeField(int index)
{
    if (index < 0 || index >= m_fields.size())
        return;
    QList<FormField> after = m_fields;
    after.removeAt(index);
    const int next = after.isEmpty() ? -1 : qMin(index, int(after.size()) - 1);
    push(after, next, tr("Delete \"%1\"").arg(nameOf(m_fields.at(index))));
}

void FormDesignerDocument::moveField(int from, int to)
{
    if (from < 0 || from >= m_fields.size() || to < 0 || to >= m_fields.size() || from == to)
        return;
    QList<FormField> after = m_fields;
    after.move(from, to);
    push(after, to, tr("Move \"%1\"").arg(nameOf(m_fields.at(from))));
}

void FormDesignerDocument::reorder(const QList<int> &order)
{
    if (order.size() != m_fields.size())
        return;
    QList<FormField> after;
    int current = -1;
    for (int i = 0; i < order.size(); ++i) {
        if (order.at(i) < 0 || order.at(i) >= m_fields.size())
            return;
        after.append(m_fields.at(order.at(i)));
        if (order.at(i) == m_current)
            current = i;
    }
    if (after == m_fields)
        return;
    push(after, current, tr("Reorder the fields"));
}

void FormDesignerDocument::editField(int index, const FormField &field, const QString &property)
{
    if (index < 0 || index >= m_fields.size() || field == m_fields.at(index))
        return;
    const FormField &before = m_fields.at(index);
    QList<FormField> after = m_fields;
    FormField edited = field;
    // A published key never changes, and is never taken again.
    if (!isNew(index) || m_publishedKeys.contains(edited.key)) {
        edited.key = before.key;
    } else if (edited.key != before.key) {
        m_typedKeys.removeOne(before.key);
        m_typedKeys.append(edited.key);
    } else if (edited.label != before.label && !m_typedKeys.contains(before.key)) {
        edited.key = FormKeyGenerator::keyFor(edited.label, usedKeys(index));
    }
    if (edited.key != before.key)
        renameKey(after, before.key, edited.key);
    after[index] = edited;
    const QString mergeKey =
        isTyping(property) ? u"%1/%2/%3"_s.arg(m_mergeSerial).arg(index).arg(property) : QString();
    push(after, index, tr("Edit \"%1\"").arg(nameOf(edited)), mergeKey);
}

void FormDesignerDocument::restore(const QList<FormField> &fields, int current)
{
    // After an undo or a redo, typing starts a new command.
    if (!m_pushing)
        ++m_mergeSerial;
    m_fields = fields;
    m_current = current;
    emit changed();
}

void FormDesignerDocument::push(const QList<FormField> &after, int current, const QString &text,
                                const QString &mergeKey)
{
    if (mergeKey.isEmpty())
        ++m_mergeSerial;
    m_pushing = true;
    m_undoStack->push(
        new FormDesignerCommand(this, {m_fields, m_current}, {after, current}, text, mergeKey));
    m_pushing = false;
}

QString FormDesignerDocument::nameOf(const FormField &field)
{
    return field.label.trimmed().isEmpty() ? field.key : field.label.trimmed();
}
