#pragma once

#include <QWidget>

class FormDesignerDocument;
class QAction;
class QKeySequence;
class QPushButton;

// The commands of the form designer over its document: add a field of a
// type chosen from a menu, duplicate, delete, move the selected field, undo
// and redo; each enabled only when it can act.
class FormDesignerToolBar : public QWidget
{
    Q_OBJECT

public:
    explicit FormDesignerToolBar(FormDesignerDocument *document, QWidget *parent = nullptr);

    // Delete acts where the field list has the focus: elsewhere the key
    // belongs to the text boxes.
    QAction *deleteAction() const { return m_delete; }

signals:
    void fieldAdded();

private:
    QPushButton *createAddButton();
    QAction *createAction(const QString &text, const QString &name, const QKeySequence &key,
                          const QString &toolTip);
    void connectActions();
    void updateActions();

    FormDesignerDocument *m_document;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
};
