#pragma once

#include "catalog/CatalogImportPlan.h"
#include "storage/Result.h"

#include <QDialog>
#include <QPointer>
#include <QThread>
#include <optional>

class CatalogStore;
class MessageBar;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// File → Import catalog: choose a catalog file, see what importing it would
// add, change and remove (or the problems of a bad file, with their place)
// before anything is written, then import it in one transaction. The file is
// planned on a worker thread, so a large file keeps the window responsive.
class CatalogImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CatalogImportDialog(CatalogStore &store, QWidget *parent = nullptr);
    ~CatalogImportDialog() override;

    // Plans the file (as choosing it does); the preview follows when ready.
    void setFileName(const QString &fileName);
    bool isPlanning() const;
    const std::optional<CatalogImportPlan> &plan() const { return m_plan; }

signals:
    void imported();

private:
    void chooseFile();
    void startPlanning();
    void showPlan(const CatalogImportPlan &plan);
    void showFailure(const QString &message);
    void addGroup(const QString &title, const QList<CatalogImportPlan::Change> &changes,
                  bool withFields);
    void addProblems(const QList<CatalogProblem> &problems);
    void import();
    void finishImport(const Status &applied);

    CatalogStore &m_store;
    QString m_fileName;
    std::optional<CatalogImportPlan> m_plan;
    QPointer<QThread> m_worker;
    int m_generation = 0;

    QLineEdit *m_fileEdit = nullptr;
    QCheckBox *m_replaceCheck = nullptr;
    QProgressBar *m_progress = nullptr;
    MessageBar *m_messageBar = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_preview = nullptr;
    QPushButton *m_importButton = nullptr;
};
