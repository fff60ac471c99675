#pragma once

#include "storage/Result.h"

#include <QUndoCommand>
#include <functional>

// One undoable change of the catalog, made through the store. The editor
// carries the change out first and pushes the command only when it
// succeeded, so the first redo() that QUndoStack::push() calls does nothing.
// A later undo or redo that the store refuses is reported and leaves the
// command where it was.
class CatalogCommand : public QUndoCommand
{
public:
    using Action = std::function<Status()>;
    using ErrorHandler = std::function<void(const QString &)>;

    CatalogCommand(const QString &text, Action redo, Action undo, ErrorHandler onError);

    void redo() override;
    void undo() override;

private:
    void run(const Action &action);

    Action m_redo;
    Action m_undo;
    ErrorHandler m_onError;
    bool m_alreadyDone = true;
};
