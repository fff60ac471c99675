#include "CatalogImportDialog.h"

#include "catalog/CatalogChangeText.h"
#include "catalog/CatalogImportTask.h"
#include "catalog/CatalogImporter.h"
#include "catalog/CatalogStore.h"
#include "common/MessageBar.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <memory>

using namespace Qt::StringLiterals;

CatalogImportDialog::CatalogImportDialog(CatalogStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_fileEdit(new QLineEdit(this))
    , m_replaceCheck(new QCheckBox(tr("&Remove what the file does not contain"), this))
    , m_progress(new QProgressBar(this))
    , m_messageBar(new MessageBar(this))
    , m_summary(new QLabel(tr("Choose a catalog file to see what importing it would do."), this))
    , m_preview(new QTreeWidget(this))
{
    setWindowTitle(tr("Import Catalog"));
    resize(640, 520);
    m_fileEdit->setObjectName(u"importFileEdit"_s);
    m_fileEdit->setReadOnly(true);
    m_fileEdit->setPlaceholderText(tr("No file chosen"));
    auto *chooseButton = new QPushButton(tr("&Choose…"), this);
    chooseButton->setObjectName(u"importChooseButton"_s);
    m_replaceCheck->setObjectName(u"importReplaceCheck"_s);
    m_replaceCheck->setToolTip(tr("Categories and services that the file does not hold are "
                                  "removed from the catalog."));
    // Busy indicator: planning gives no steps to count.
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    m_preview->setObjectName(u"importPreview"_s);
    m_preview->setHeaderHidden(true);
    m_preview->setColumnCount(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"importButton"_s);
    m_importButton->setEnabled(false);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("File:"), this));
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(chooseButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_replaceCheck);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);

    connect(chooseButton, &QPushButton::clicked, this, &CatalogImportDialog::chooseFile);
    connect(m_replaceCheck, &QCheckBox::toggled, this, &CatalogImportDialog::startPlanning);
    connect(m_importButton, &QPushButton::clicked, this, &CatalogImportDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CatalogImportDialog::~CatalogImportDialog()
{
    // The worker writes into state it shares with nobody, but must not
    // outlive the program's connections.
    if (m_worker)
        m_worker->wait();
}

bool CatalogImportDialog::isPlanning() const
{
    return !m_worker.isNull();
}

void CatalogImportDialog::chooseFile()
{
    const QString fileName = QFileDialog::getOpenFileName(
        this, tr("Import Catalog"), m_fileName, tr("KaliaOps catalog (*.json);;All files (*)"));
    if (!fileName.isEmpty())
        setFileName(fileName);
}

void CatalogImportDialog::setFileName(const QString &fileName)
{
    m_fileName = fileName;
    m_fileEdit->setText(QDir::toNativeSeparators(fileName));
    startPlanning();
}

void CatalogImportDialog::startPlanning()
{
    if (m_fileName.isEmpty())
        return;

    // A newer request makes the result of a running one stale.
    const int generation = ++m_generation;
    m_plan.reset();
    m_importButton->setEnabled(false);
    m_messageBar->clearMessage();
    m_preview->clear();
    m_summary->setText(tr("Reading the file and comparing it with the catalog…"));
    m_progress->setVisible(true);

    auto result = std::make_shared<std::optional<Result<CatalogImportPlan>>>();
    const DatabaseUrl url = m_store.database().url();
    const QString fileName = m_fileName;
    const bool replace = m_replaceCheck->isChecked();
    QThread *worker = QThread::create([result, url, fileName, replace] {
        *result = CatalogImportTask::plan(url, fileName, replace);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, result, generation] {
        if (generation != m_generation)
            return;
        m_progress->setVisible(false);
        if (!result->has_value() || !result->value())
            showFailure(result->has_value() ? result->value().error() : QString());
        else
            showPlan(*result->value());
    });
    m_worker = worker;
    worker->start();
}

void CatalogImportDialog::showFailure(const QString &message)
{
    m_summary->setText(tr("The catalog could not be read, so the file was not compared."));
    m_messageBar->showMessage(MessageBar::Kind::Error, message);
}

void CatalogImportDialog::showPlan(const CatalogImportPlan &plan)
{
    m_plan = plan;
    m_preview->clear();
    if (!plan.canApply()) {
        m_summary->setText(tr("This file cannot be imported: %n problem(s) found. Nothing will be "
                              "written until they are corrected.",
                              nullptr, int(plan.problems.size())));
        addProblems(plan.problems);
        return;
    }
    if (!plan.hasChanges()) {
        m_summary->setText(
            tr("The catalog already matches this file: there is nothing to import."));
        return;
    }

    m_summary->setText(plan.summary().join(u' '));
    addGroup(tr("Categories to add: %n", nullptr, int(plan.addedCategories.size())),
             plan.addedCategories, false);
    addGroup(tr("Categories to change: %n", nullptr, int(plan.changedCategories.size())),
             plan.changedCategories, true);
    addGroup(tr("Categories to remove: %n", nullptr, int(plan.removedCategories.size())),
             plan.removedCategories, false);
    addGroup(tr("Services to add: %n", nullptr, int(plan.addedServices.size())), plan.addedServices,
             false);
    addGroup(tr("Services to change: %n", nullptr, int(plan.changedServices.size())),
             plan.changedServices, true);
    addGroup(tr("Services to remove: %n", nullptr, int(plan.removedServices.size())),
             plan.removedServices, false);
    m_importButton->setEnabled(true);
}

void CatalogImportDialog::addGroup(const QString &title,
                                   const QList<CatalogImportPlan::Change> &changes, bool withFields)
{
    if (changes.isEmpty())
        return;
    auto *group = new QTreeWidgetItem(m_preview, {title});
    for (const CatalogImportPlan::Change &change : changes) {
        QString text = change.pathText();
        if (withFields) {
            QStringList labels;
            for (const QString &field : change.fields)
                labels << CatalogChangeText::memberLabel(field);
            //: An item to change and the members that change: "Access / VPN: Name, Icon".
            text = tr("%1: %2").arg(text, labels.join(tr(", ")));
        }
        new QTreeWidgetItem(group, {text});
    }
    // Small groups open; a large one stays closed so the others stay in view.
    group->setExpanded(changes.size() <= 50);
}

void CatalogImportDialog::addProblems(const QList<CatalogProblem> &problems)
{
    auto *group =
        new QTreeWidgetItem(m_preview, {tr("Problems: %n", nullptr, int(problems.size()))});
    for (const CatalogProblem &problem : problems)
        new QTreeWidgetItem(group, {problem.text()});
    group->setExpanded(true);
}

void CatalogImportDialog::import()
{
    if (!m_plan || !m_plan->canApply())
        return;

    // Written on a worker's connection, so the window stays alive on a
    // large file; the dialog's own store then tells every view.
    m_importButton->setEnabled(false);
    m_progress->setVisible(true);
    m_summary->setText(tr("Importing…"));
    auto status = std::make_shared<Status>();
    const DatabaseUrl url = m_store.database().url();
    const CatalogImportPlan plan = *m_plan;
    std::optional<Session> session;
    if (m_store.session())
        session = *m_store.session();
    QThread *worker = QThread::create(
        [status, url, plan, session] { *status = CatalogImportTask::apply(url, plan, session); });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, status] { finishImport(*status); });
    m_worker = worker;
    worker->start();
}

void CatalogImportDialog::finishImport(const Status &applied)
{
    m_progress->setVisible(false);
    if (!applied) {
        m_summary->clear();
        m_messageBar->showMessage(MessageBar::Kind::Error, applied.error());
        m_importButton->setEnabled(m_plan && m_plan->canApply());
        return;
    }

    m_summary->setText(tr("Imported. %1").arg(m_plan->summary().join(u' ')));
    m_plan.reset();
    m_store.announceExternalChange();
    emit imported();
}
