#include "CatalogFileActions.h"

#include "CatalogImportDialog.h"
#include "catalog/CatalogExporter.h"
#include "catalog/CatalogStore.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QWidget>

using namespace Qt::StringLiterals;

CatalogFileActions::CatalogFileActions(StoreProvider store, QWidget *window)
    : QObject(window)
    , m_store(std::move(store))
    , m_window(window)
    , m_importAction(new QAction(tr("&Import Catalog…"), this))
    , m_exportAction(new QAction(tr("&Export Catalog…"), this))
{
    m_importAction->setObjectName(u"importCatalogAction"_s);
    m_importAction->setStatusTip(tr("Add, change or replace categories and services from a "
                                    "catalog file, after a preview."));
    m_exportAction->setObjectName(u"exportCatalogAction"_s);
    m_exportAction->setStatusTip(tr("Save the whole catalog to a file."));
    connect(m_importAction, &QAction::triggered, this, &CatalogFileActions::openImport);
    connect(m_exportAction, &QAction::triggered, this, &CatalogFileActions::exportCatalog);
}

CatalogStore *CatalogFileActions::currentStore()
{
    CatalogStore *store = m_store ? m_store() : nullptr;
    if (!store) {
        QMessageBox::information(m_window, tr("No Database"),
                                 tr("No database is open, so there is no catalog to import into "
                                    "or export. Check the connection in the settings."));
    }
    return store;
}

void CatalogFileActions::openImport()
{
    CatalogStore *store = currentStore();
    if (!store)
        return;
    auto *dialog = new CatalogImportDialog(*store, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CatalogImportDialog::imported, this,
            [this] { emit message(tr("The catalog file was imported.")); });
    dialog->open();
}

bool CatalogFileActions::exportTo(const CatalogStore &store, const QString &fileName,
                                  QString *error)
{
    const auto json = CatalogExporter(store.database()).toJson();
    if (!json) {
        *error = json.error();
        return false;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit()) {
        *error = tr("The file %1 cannot be written: %2")
                     .arg(QDir::toNativeSeparators(fileName), file.errorString());
        return false;
    }
    return true;
}

void CatalogFileActions::exportCatalog()
{
    CatalogStore *store = currentStore();
    if (!store)
        return;
    const QString fileName = QFileDialog::getSaveFileName(
        m_window, tr("Export Catalog"), QDir::home().filePath(tr("catalog.json")),
        tr("KaliaOps catalog (*.json);;All files (*)"));
    if (fileName.isEmpty())
        return;

    QString error;
    if (!exportTo(*store, fileName, &error)) {
        QMessageBox::warning(m_window, tr("Export Failed"), error);
        return;
    }
    emit message(tr("Exported the catalog to %1.").arg(QDir::toNativeSeparators(fileName)));
}
