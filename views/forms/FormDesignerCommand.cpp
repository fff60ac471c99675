#include "FormDesignerCommand.h"

#include "FormDesignerDocument.h"

namespace {

constexpr int mergeableId = 0x4644; // any id but -1: mergeWith() compares the keys
} // namespace

FormDesignerCommand::FormDesignerCommand(FormDesignerDocument *document, State before, State after,
                                         const QString &text, QString mergeKey)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(std::move(mergeKey))
{}

void FormDesignerCommand::undo()
{
    m_document->restore(m_before.fields, m_before.current);
}

void FormDesignerCommand::redo()
{
    m_document->restore(m_after.fields, m_after.current);
}

int FormDesignerCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : mergeableId;
}

bool FormDesignerCommand::mergeWith(const QUndoCommand *other)
{
    const auto *command = static_cast<const FormDesignerCommand *>(other);
    if (command->m_mergeKey != m_mergeKey)
        return false;
    m_after = command->m_after;
    // Typing a text and erasing it again leaves nothing to undo.
    setObsolete(m_after.fields == m_before.fields);
    return true;
}
