#include "FormDesignerToolBar.h"

#include "FormDesignerDocument.h"

#include <QAction>
#include <QHBoxLayout>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

using Type = FormField::Type;
const QList<Type> menuTypes = {Type::Text,     Type::Multiline,   Type::Email,  Type::Number,
                               Type::Choice,   Type::MultiChoice, Type::YesNo,  Type::Date,
                               Type::DateTime, Type::File,        Type::Person, Type::Section};

QToolButton *toolButton(QAction *action, const QString &name)
{
    auto *button = new QToolButton;
    button->setObjectName(name);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

FormDesignerToolBar::FormDesignerToolBar(FormDesignerDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(u"designerToolBar"_s);
    m_duplicate = createAction(tr("D&uplicate"), u"duplicateField"_s, Qt::CTRL | Qt::Key_D,
                               tr("Add a copy of the selected field (Ctrl+D)"));
    m_delete = createAction(tr("&Delete"), u"deleteField"_s, QKeySequence::Delete,
                            tr("Delete the selected field"));
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_moveUp = createAction(tr("Move &Up"), u"moveFieldUp"_s, Qt::CTRL | Qt::Key_Up,
                            tr("Move the selected field up (Ctrl+Up)"));
    m_moveDown = createAction(tr("Move Do&wn"), u"moveFieldDown"_s, Qt::CTRL | Qt::Key_Down,
                              tr("Move the selected field down (Ctrl+Down)"));
    m_undo = createAction(tr("Undo"), u"undo"_s, QKeySequence::Undo, {});
    m_redo = createAction(tr("Redo"), u"redo"_s, Qt::CTRL | Qt::SHIFT | Qt::Key_Z, {});
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createAddButton());
    layout->addWidget(toolButton(m_duplicate, u"duplicateFieldButton"_s));
    layout->addWidget(toolButton(m_delete, u"deleteFieldButton"_s));
    layout->addSpacing(12);
    layout->addWidget(toolButton(m_moveUp, u"moveUpButton"_s));
    layout->addWidget(toolButton(m_moveDown, u"moveDownButton"_s));
    layout->addSpacing(12);
    layout->addWidget(toolButton(m_undo, u"undoButton"_s));
    layout->addWidget(toolButton(m_redo, u"redoButton"_s));
    layout->addStretch(1);

    connectActions();
    updateActions();
}

QPushButton *FormDesignerToolBar::createAddButton()
{
    auto *menu = new QMenu(this);
    menu->setObjectName(u"addFieldMenu"_s);
    for (const Type type : menuTypes) {
        QAction *action = menu->addAction(FormField::typeText(type));
        action->setObjectName(u"add_"_s + FormField::typeKey(type));
        connect(action, &QAction::triggered, this, [this, type] {
            m_document->addField(type);
            emit fieldAdded();
        });
    }
    auto *add = new QPushButton(tr("&Add Field"));
    add->setObjectName(u"addFieldButton"_s);
    add->setToolTip(tr("Add a field of the chosen type after the selected one"));
    add->setMenu(menu);
    return add;
}

QAction *FormDesignerToolBar::createAction(const QString &text, const QString &name,
                                           const QKeySequence &key, const QString &toolTip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(key);
    action->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return action;
}

void FormDesignerToolBar::connectActions()
{
    QUndoStack *stack = m_document->undoStack();
    connect(m_document, &FormDesignerDocument::changed, this, &FormDesignerToolBar::updateActions);
    connect(stack, &QUndoStack::indexChanged, this, &FormDesignerToolBar::updateActions);
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    const auto current = [this] {
        return m_document->current();
    };
    connect(m_duplicate, &QAction::triggered, this,
            [this, current] { m_document->duplicateField(current()); });
    connect(m_delete, &QAction::triggered, this,
            [this, current] { m_document->removeField(current()); });
    connect(m_moveUp, &QAction::triggered, this,
            [this, current] { m_document->moveField(current(), current() - 1); });
    connect(m_moveDown, &QAction::triggered, this,
            [this, current] { m_document->moveField(current(), current() + 1); });
}

void FormDesignerToolBar::updateActions()
{
    const int current = m_document->current();
    const int count = int(m_document->fields().size());
    m_duplicate->setEnabled(current >= 0);
    m_delete->setEnabled(current >= 0);
    m_moveUp->setEnabled(current > 0);
    m_moveDown->setEnabled(current >= 0 && current + 1 < count);

    const QUndoStack *stack = m_document->undoStack();
    m_undo->setEnabled(stack->canUndo());
    m_redo->setEnabled(stack->canRedo());
    m_undo->setToolTip(stack->canUndo() ? tr("Undo: %1 (Ctrl+Z)").arg(stack->undoText())
                                        : tr("Undo (Ctrl+Z)"));
    m_redo->setToolTip(stack->canRedo() ? tr("Redo: %1 (Ctrl+Shift+Z)").arg(stack->redoText())
                                        : tr("Redo (Ctrl+Shift+Z)"));
}
