#pragma once

#include <QObject>
#include <functional>

class CatalogStore;
class QAction;
class QWidget;

// The File menu's Import Catalog… and Export Catalog… actions. They ask for
// the store when triggered, so they follow the window when it switches to
// another database; without one they explain that none is open.
class CatalogFileActions : public QObject
{
    Q_OBJECT

public:
    using StoreProvider = std::function<CatalogStore *()>;

    CatalogFileActions(StoreProvider store, QWidget *window);

    QAction *importAction() const { return m_importAction; }
    QAction *exportAction() const { return m_exportAction; }

    // Writes the catalog to a file, without asking; false with *error set.
    static bool exportTo(const CatalogStore &store, const QString &fileName, QString *error);

signals:
    // A short report for the status bar ("Exported the catalog to …").
    void message(const QString &text);

private:
    CatalogStore *currentStore();
    void openImport();
    void exportCatalog();

    StoreProvider m_store;
    QWidget *m_window;
    QAction *m_importAction;
    QAction *m_exportAction;
};
