#pragma once

#include "forms/FormField.h"

#include <QObject>
#include <QStringList>

class QUndoStack;

// The fields of the form being designed, the selected one, and the undo
// stack that every change goes through. Keys are stable: a field whose key
// was published (or retired) keeps it; a new field takes its key from its
// label, or the one typed for it, until the form is saved: never one the
// form has ever used.
class FormDesignerDocument : public QObject
{
    Q_OBJECT

public:
    FormDesignerDocument(const QList<FormField> &fields, const QStringList &retiredKeys,
                         QObject *parent = nullptr);

    const QList<FormField> &fields() const { return m_fields; }
    int current() const { return m_current; }
    QUndoStack *undoStack() const { return m_undoStack; }

    bool isNew(int index) const;
    // The keys of the form as it was opened and every retired one.
    const QStringList &publishedKeys() const { return m_publishedKeys; }
    // Every key a new field may not take: published, retired, in use (but
    // the one of the field at except).
    QStringList usedKeys(int except = -1) const;

    // Selecting is no change; it ends the merging of keystrokes.
    void select(int index);
    void addField(FormField::Type type);
    void duplicateField(int index);
    void removeField(int index);
    void moveField(int from, int to);
    // order: the former index of each field, in the new order.
    void reorder(const QList<int> &order);
    // property names what changed; keystrokes in the same property merge.
    void editField(int index, const FormField &field, const QString &property);

signals:
    void changed();

private:
    friend class FormDesignerCommand;
    void restore(const QList<FormField> &fields, int current);
    void push(const QList<FormField> &after, int current, const QString &text,
              const QString &mergeKey = {});
    static QString nameOf(const FormField &field);

    QList<FormField> m_fields;
    int m_current = -1;
    QStringList m_publishedKeys;
    QStringList m_typedKeys; // new keys typed by hand: they no longer follow the label
    QUndoStack *m_undoStack;
    int m_mergeSerial = 0;
    bool m_pushing = false;
};
