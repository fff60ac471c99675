#pragma once

#include "forms/FormCondition.h"
#include "forms/FormField.h"
#include "people/Person.h"

#include <QWidget>

class FormConditionEditorGroup;
class QComboBox;
class QLabel;
class QVBoxLayout;

// When a field is shown: "Always shown", or "Shown when all (any) of these
// hold" over comparisons with the answers of the other fields, and groups of
// them.
class FormConditionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FormConditionEditor(QWidget *parent = nullptr);

    void setPeople(const QList<Person> &people) { m_people = people; }
    // candidates: the other fields that hold answers. The rows are rebuilt
    // only when something differs from what they show, so that typing in
    // them goes on undisturbed.
    void setCondition(const FormCondition &condition, const QList<FormField> &candidates);
    FormCondition condition() const;

signals:
    void edited(const QString &property);

private:
    void rebuild(const FormCondition &condition);
    void modeChosen();
    void groupEdited(const QString &property);

    QList<Person> m_people;
    QList<FormField> m_candidates;
    QComboBox *m_mode = nullptr;
    QLabel *m_note = nullptr;
    QVBoxLayout *m_groupLayout = nullptr;
    FormConditionEditorGroup *m_group = nullptr;
};
