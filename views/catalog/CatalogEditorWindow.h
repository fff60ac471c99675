#pragma once

#include <QMainWindow>

class CatalogEditor;
class CatalogStore;
class PeopleStore;

// The catalog editor in a window of its own, beside the read-only browser:
// an Edit menu with undo and redo, and a tool bar with the editor's actions.
// Closing asks about unsaved changes first.
class CatalogEditorWindow : public QMainWindow
{
    Q_OBJECT

public:
    CatalogEditorWindow(CatalogStore &catalog, const PeopleStore &people,
                        QWidget *parent = nullptr);

    CatalogEditor *editor() const { return m_editor; }

    // Opens on the categories or on the services.
    void showCategories();
    void showServices();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void present();

    CatalogEditor *m_editor = nullptr;
};
