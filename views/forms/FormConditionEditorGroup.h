#pragma once

#include "forms/FormCondition.h"
#include "forms/FormField.h"
#include "people/Person.h"

#include <QFrame>

class QComboBox;
class QPushButton;
class QToolButton;
class QVBoxLayout;

// A group of a condition: all (or any) of its comparisons and nested groups
// hold. The top group of a field has no combo of its own: the condition
// editor says "all" or "any" in its mode. Groups nest one level from the
// editor; deeper groups read from a schema are shown and kept.
class FormConditionEditorGroup : public QFrame
{
    Q_OBJECT

public:
    FormConditionEditorGroup(const QList<FormField> &candidates, const QList<Person> &people,
                             int depth, QWidget *parent = nullptr);

    // A comparison alone becomes a group of one.
    void setCondition(const FormCondition &condition);
    FormCondition condition() const;
    // The top group is all or any as the condition editor says.
    void setKind(FormCondition::Kind kind) { m_kind = kind; }
    bool isEmpty() const { return m_children.isEmpty(); }

    void addComparison(const FormCondition &comparison);

signals:
    void edited(const QString &property);
    // The nested group lost its last condition, or its remove button was
    // clicked.
    void removeRequested();

private:
    void addGroup(const FormCondition &group);
    void addChild(QWidget *child);
    void removeChild(QWidget *child);
    FormCondition newComparison() const;

    QList<FormField> m_candidates;
    QList<Person> m_people;
    int m_depth = 0;
    FormCondition::Kind m_kind = FormCondition::Kind::All;
    QComboBox *m_kindCombo = nullptr;
    QVBoxLayout *m_rows = nullptr;
    QList<QWidget *> m_children;
};
