#pragma once

#include "forms/FormField.h"

#include <QUndoCommand>

class FormDesignerDocument;

// One change of the form being designed, kept as the whole list of fields
// before and after: undo puts back exactly what was there, whatever the
// change was. Keystrokes in one property of one field merge into one command.
class FormDesignerCommand : public QUndoCommand
{
public:
    struct State
    {
        QList<FormField> fields;
        int current = -1;
    };

    // An empty mergeKey never merges.
    FormDesignerCommand(FormDesignerDocument *document, State before, State after,
                        const QString &text, QString mergeKey);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    FormDesignerDocument *m_document;
    State m_before;
    State m_after;
    QString m_mergeKey;
};
