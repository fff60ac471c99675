#pragma once

#include "catalog/CatalogWarnings.h"
#include "catalog/Category.h"
#include "catalog/Service.h"
#include "storage/Result.h"

#include <QMessageBox>
#include <QSet>
#include <QWidget>
#include <functional>
#include <memory>

class CatalogHistoryView;
class CatalogStore;
class CatalogTreeModel;
class CategoryForm;
class EmptyState;
class MessageBar;
class PeopleStore;
class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;
class QUndoStack;
class ServiceForm;
class WarningProxyModel;

// The catalog administrator's workshop: the tree on the left (filter, drag
// and drop, warning signs) and the editor of the selected category or
// service on the right. Every change goes through the store and onto the
// undo stack; unsaved edits are never lost without asking.
class CatalogEditor : public QWidget
{
    Q_OBJECT

public:
    // What the unsaved-changes question returns: Save, Discard or Cancel.
    using UnsavedPrompt = std::function<QMessageBox::StandardButton(const QString &itemName)>;

    CatalogEditor(CatalogStore &catalog, const PeopleStore &people, QWidget *parent = nullptr);
    ~CatalogEditor() override;

    QUndoStack *undoStack() const { return m_undoStack; }
    CatalogTreeModel *model() const { return m_model; }
    QAction *newCategoryAction() const { return m_newCategory; }
    QAction *newSubcategoryAction() const { return m_newSubcategory; }
    QAction *newServiceAction() const { return m_newService; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }

    bool selectCategory(qint64 id);
    bool selectService(qint64 id);
    // Selects the first service (or category), when nothing is selected yet.
    void selectFirst(int kind);

    // Asks what to do with unsaved edits; false when the user cancelled.
    bool maybeSave();
    bool hasUnsavedChanges() const;
    // Tests answer the question themselves.
    void setUnsavedPrompt(UnsavedPrompt prompt) { m_prompt = std::move(prompt); }

    // Carries out what a drop asked for, as one undoable command.
    void moveItem(int kind, qint64 id, qint64 newParentId, int position);

private:
    QWidget *createTreeSide();
    QWidget *createEditorSide();
    QWidget *createTabs();
    void createActions();
    void applyFilter(const QString &text);
    void currentChanged(const QModelIndex &current, const QModelIndex &previous);
    void showItem(int kind, qint64 id);
    void showCategory(const Category &category);
    void showService(const Service &service);
    void showNothing();
    bool selectSourceIndex(const QModelIndex &sourceIndex);
    QModelIndex toView(const QModelIndex &sourceIndex) const;
    void rememberTree();
    void restoreTree();
    void updateWarnings();
    void updateActions();

    // CatalogEditorActions.cpp: the changes, each one undo command.
    void newCategory(bool asChild);
    void newService();
    bool saveCategory();
    bool saveService();
    bool saveCurrent();
    void deleteCurrent();
    void duplicateService();
    void push(const QString &text, const std::function<Status()> &redo,
              const std::function<Status()> &undo);
    void reportError(const QString &message);
    int positionOf(int kind, qint64 id) const;

    CatalogStore &m_catalog;
    const PeopleStore &m_people;
    QUndoStack *m_undoStack = nullptr;
    UnsavedPrompt m_prompt;

    CatalogTreeModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    WarningProxyModel *m_icons = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QTreeView *m_tree = nullptr;
    MessageBar *m_messageBar = nullptr;
    QStackedWidget *m_stack = nullptr;
    CatalogHistoryView *m_history = nullptr;
    EmptyState *m_emptyState = nullptr;
    CategoryForm *m_categoryForm = nullptr;
    ServiceForm *m_serviceForm = nullptr;

    QAction *m_newCategory = nullptr;
    QAction *m_newSubcategory = nullptr;
    QAction *m_newService = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;

    // The item the editor shows (kind 0: nothing); id 0 for a new draft.
    int m_currentKind = 0;
    qint64 m_currentId = 0;
    bool m_changingSelection = false;
    QSet<qint64> m_expandedCategories;
    std::unique_ptr<CatalogWarnings> m_warnings;
};
