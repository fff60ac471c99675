#pragma once

#include <QSet>
#include <QWidget>

class CatalogDetailPanel;
class CatalogStore;
class CatalogTreeModel;
class EmptyState;
class IconProxyModel;
class PeopleStore;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTreeView;

// The catalog at a glance: the tree of categories and services on the left,
// with a filter above it, and the selected item's details on the right.
class CatalogBrowser : public QWidget
{
    Q_OBJECT

public:
    CatalogBrowser(const CatalogStore &catalog, const PeopleStore &people,
                   QWidget *parent = nullptr);

    // Selects the item in the tree (clearing the filter if it hides it);
    // false when the catalog has no such item.
    bool selectCategory(qint64 id);
    bool selectService(qint64 id);

    // The splitter's position, for the window to save between sessions.
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

    // Puts the keyboard focus on the tree.
    void focusTree();

private:
    QWidget *createTreeSide();
    QWidget *createDetailSide();
    bool selectSourceIndex(const QModelIndex &sourceIndex);
    QModelIndex toView(const QModelIndex &sourceIndex) const;
    void showSelection();
    void applyFilter(const QString &text);
    void updateTreePlaceholder();
    void rememberState();
    void restoreTreeState();
    void expandTopLevel();

    CatalogTreeModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    IconProxyModel *m_icons = nullptr;

    QSplitter *m_splitter = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QStackedWidget *m_treeStack = nullptr;
    QTreeView *m_tree = nullptr;
    EmptyState *m_treePlaceholder = nullptr;
    CatalogDetailPanel *m_detail = nullptr;

    // What the tree showed before a reload, restored after it.
    int m_selectedKind = 0;
    qint64 m_selectedId = 0;
    QSet<qint64> m_expandedCategories;
};
