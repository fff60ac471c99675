#include "CatalogEditorWindow.h"

#include "CatalogEditor.h"
#include "catalog/CatalogTreeModel.h"
#include "common/IconLibrary.h"

#include <QCloseEvent>
#include <QMenuBar>
#include <QToolBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

CatalogEditorWindow::CatalogEditorWindow(CatalogStore &catalog, const PeopleStore &people,
                                         QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"catalogEditorWindow"_s);
    setWindowTitle(tr("Catalog Editor — KaliaOps"));
    setWindowIcon(IconLibrary::icon(u"settings"_s));
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_editor = new CatalogEditor(catalog, people);
    setCentralWidget(m_editor);
    createMenus();
    resize(1200, 780);
}

void CatalogEditorWindow::createMenus()
{
    QMenu *catalog = menuBar()->addMenu(tr("&Catalog"));
    catalog->addAction(m_editor->newCategoryAction());
    catalog->addAction(m_editor->newSubcategoryAction());
    catalog->addAction(m_editor->newServiceAction());
    catalog->addAction(m_editor->duplicateAction());
    catalog->addSeparator();
    catalog->addAction(m_editor->deleteAction());
    catalog->addSeparator();
    catalog->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_editor->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"undoAction"_s);
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction *redo = m_editor->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"redoAction"_s);
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    edit->addAction(undo);
    edit->addAction(redo);

    QToolBar *tools = addToolBar(tr("Catalog"));
    tools->setObjectName(u"catalogEditorToolBar"_s);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setMovable(false);
    tools->addAction(m_editor->newCategoryAction());
    tools->addAction(m_editor->newSubcategoryAction());
    tools->addAction(m_editor->newServiceAction());
    tools->addAction(m_editor->duplicateAction());
    tools->addSeparator();
    tools->addAction(m_editor->deleteAction());
    tools->addSeparator();
    tools->addAction(undo);
    tools->addAction(redo);
}

void CatalogEditorWindow::present()
{
    show();
    raise();
    activateWindow();
}

void CatalogEditorWindow::showCategories()
{
    present();
    m_editor->selectFirst(CatalogTreeModel::CategoryItem);
}

void CatalogEditorWindow::showServices()
{
    present();
    m_editor->selectFirst(CatalogTreeModel::ServiceItem);
}

void CatalogEditorWindow::closeEvent(QCloseEvent *event)
{
    if (!m_editor->maybeSave()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}
