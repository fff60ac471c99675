#include "CatalogCommand.h"

CatalogCommand::CatalogCommand(const QString &text, Action redo, Action undo, ErrorHandler onError)
    : QUndoCommand(text)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_onError(std::move(onError))
{}

void CatalogCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    run(m_redo);
}

void CatalogCommand::undo()
{
    run(m_undo);
}

void CatalogCommand::run(const Action &action)
{
    const Status status = action();
    if (!status && m_onError)
        m_onError(status.error());
}
