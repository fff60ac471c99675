#include "CatalogEditor.h"

#include "CatalogHistoryView.h"
#include "CategoryForm.h"
#include "ServiceForm.h"
#include "WarningProxyModel.h"
#include "catalog/CatalogDirectory.h"
#include "catalog/CatalogStore.h"
#include "catalog/CatalogTreeModel.h"
#include "catalog/TextFolding.h"
#include "common/EmptyState.h"
#include "common/IconLibrary.h"
#include "common/MessageBar.h"
#include "people/PeopleStore.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int treeIconSize = 20;
constexpr int sideMargin = 8;

// A list the editor can do without (it then offers fewer choices).
template <typename T> QList<T> orEmpty(const Result<QList<T>> &result)
{
    return result ? *result : QList<T>();
}

QMessageBox::StandardButton askAboutUnsaved(QWidget *parent, const QString &name)
{
    return QMessageBox::question(
        parent, CatalogEditor::tr("Unsaved Changes"),
        name.isEmpty() ? CatalogEditor::tr("The new item is not saved yet. Save it now?")
                       : CatalogEditor::tr("\"%1\" has unsaved changes. Save them now?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
}
} // namespace

CatalogEditor::CatalogEditor(CatalogStore &catalog, const PeopleStore &people, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_people(people)
{
    setObjectName(u"catalogEditor"_s);
    m_undoStack = new QUndoStack(this);
    // An undone or redone move must show in the open form, or its Save
    // would put the old place back; unsaved edits are left alone.
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        if (m_currentId != 0 && !hasUnsavedChanges())
            showItem(m_currentKind, m_currentId);
    });
    m_prompt = [this](const QString &name) {
        return askAboutUnsaved(this, name);
    };

    m_model = new CatalogTreeModel(catalog, this);
    m_model->setDragEnabled(true);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(CatalogTreeModel::FoldedSearchTextRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseSensitive);
    m_filter->setRecursiveFilteringEnabled(true);
    m_icons = new WarningProxyModel(CatalogTreeModel::IconNameRole, CatalogTreeModel::ActiveRole,
                                    CatalogTreeModel::ItemKindRole, CatalogTreeModel::IdRole, this);
    m_icons->setFallbackIcon(u"service"_s);
    m_icons->setSourceModel(m_filter);

    createActions();
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(u"catalogEditorSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createTreeSide());
    splitter->addWidget(createEditorSide());
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({360, 760});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CatalogEditor::currentChanged);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &CatalogEditor::applyFilter);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &CatalogEditor::rememberTree);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CatalogEditor::restoreTree);
    // Queued: the store must not reset the model inside the view's drop.
    connect(m_model, &CatalogTreeModel::moveRequested, this, &CatalogEditor::moveItem,
            Qt::QueuedConnection);
    connect(m_categoryForm, &CategoryForm::saveRequested, this, &CatalogEditor::saveCategory);
    connect(m_categoryForm, &CategoryForm::deleteRequested, this, &CatalogEditor::deleteCurrent);
    connect(m_serviceForm, &ServiceForm::saveRequested, this, &CatalogEditor::saveService);
    connect(m_serviceForm, &ServiceForm::deleteRequested, this, &CatalogEditor::deleteCurrent);
    connect(m_serviceForm, &ServiceForm::duplicateRequested, this,
            &CatalogEditor::duplicateService);
    m_serviceForm->setWarningFunction([this](const Service &service) {
        return m_warnings ? m_warnings->serviceWarning(service) : QString();
    });

    updateWarnings();
    for (int row = 0; row < m_icons->rowCount(); ++row)
        m_tree->expand(m_icons->index(row, 0));
    showNothing();
}

CatalogEditor::~CatalogEditor()
{
    // The undo stack clears itself as it goes: the form must not reload then.
    m_undoStack->disconnect(this);
}

void CatalogEditor::createActions()
{
    const auto makeAction = [this](const QString &icon, const QString &text, const QString &name,
                                   auto slot) {
        auto *action = new QAction(IconLibrary::icon(icon), text, this);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newCategory = makeAction(u"folder"_s, tr("New &Category"), u"newCategoryAction"_s,
                               [this] { newCategory(false); });
    m_newSubcategory = makeAction(u"folder"_s, tr("New S&ub-category"), u"newSubcategoryAction"_s,
                                  [this] { newCategory(true); });
    m_newService = makeAction(u"service"_s, tr("New &Service"), u"newServiceAction"_s,
                              [this] { newService(); });
    m_duplicate = makeAction(u"document"_s, tr("&Duplicate Service"), u"duplicateAction"_s,
                             [this] { duplicateService(); });
    m_delete =
        makeAction(u"tools"_s, tr("De&lete"), u"deleteAction"_s, [this] { deleteCurrent(); });
    m_delete->setIcon(QIcon());
    auto *save = new QAction(tr("Save"), this);
    save->setShortcut(QKeySequence::Save);
    connect(save, &QAction::triggered, this, [this] { saveCurrent(); });
    addAction(save);
}

QWidget *CatalogEditor::createTreeSide()
{
    m_filterEdit = new QLineEdit;
    m_filterEdit->setObjectName(u"editorFilter"_s);
    m_filterEdit->setPlaceholderText(tr("Filter by name or keyword"));
    m_filterEdit->setClearButtonEnabled(true);

    m_tree = new QTreeView;
    m_tree->setObjectName(u"editorTree"_s);
    m_tree->setModel(m_icons);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setIconSize(QSize(treeIconSize, treeIconSize));
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);

    auto *side = new QWidget;
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(sideMargin, sideMargin, 0, sideMargin);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_tree, 1);
    return side;
}

QWidget *CatalogEditor::createEditorSide()
{
    m_messageBar = new MessageBar;
    m_messageBar->setObjectName(u"editorMessage"_s);
    m_emptyState = new EmptyState(u"folder"_s);
    m_emptyState->setMessage(tr("Nothing selected"),
                             tr("Select a category or a service to edit it, or create a new "
                                "one. Drag items in the tree to move or reorder them."));
    m_categoryForm = new CategoryForm(m_catalog);
    m_serviceForm = new ServiceForm(m_catalog);

    m_stack = new QStackedWidget;
    m_stack->setObjectName(u"editorStack"_s);
    m_stack->addWidget(m_emptyState);
    for (QWidget *form :
         {static_cast<QWidget *>(m_categoryForm), static_cast<QWidget *>(m_serviceForm)}) {
        auto *scroll = new QScrollArea;
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(form);
        m_stack->addWidget(scroll);
    }

    auto *side = new QWidget;
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, sideMargin, sideMargin, sideMargin);
    layout->addWidget(m_messageBar);
    layout->addWidget(createTabs(), 1);
    return side;
}

QWidget *CatalogEditor::createTabs()
{
    // Who changed what sits one click away from the item's fields.
    m_history = new CatalogHistoryView(m_catalog);
    m_history->setObjectName(u"editorHistory"_s);
    auto *tabs = new QTabWidget;
    tabs->setObjectName(u"editorTabs"_s);
    tabs->setDocumentMode(true);
    tabs->addTab(m_stack, tr("Details"));
    tabs->addTab(m_history, tr("History"));
    return tabs;
}

void CatalogEditor::currentChanged(const QModelIndex &current, const QModelIndex &)
{
    if (m_changingSelection)
        return;
    const int kind = current.data(CatalogTreeModel::ItemKindRole).toInt();
    const qint64 id = current.data(CatalogTreeModel::IdRole).toLongLong();
    if (kind == m_currentKind && id == m_currentId)
        return;

    // Saving reloads the tree: go back to the chosen item by its id.
    const int leftKind = m_currentKind;
    const qint64 leftId = m_currentId;
    const bool leave = maybeSave();
    m_changingSelection = true;
    if (!leave) {
        if (leftId != 0)
            selectSourceIndex(leftKind == CatalogTreeModel::ServiceItem
                                  ? m_model->indexForService(leftId)
                                  : m_model->indexForCategory(leftId));
        m_changingSelection = false;
        return;
    }
    selectSourceIndex(kind == CatalogTreeModel::ServiceItem ? m_model->indexForService(id)
                                                            : m_model->indexForCategory(id));
    m_changingSelection = false;
    showItem(kind, id);
}

bool CatalogEditor::hasUnsavedChanges() const
{
    if (m_currentKind == CatalogTreeModel::CategoryItem)
        return m_categoryForm->isModified();
    if (m_currentKind == CatalogTreeModel::ServiceItem)
        return m_serviceForm->isModified();
    return false;
}

bool CatalogEditor::maybeSave()
{
    if (!hasUnsavedChanges())
        return true;
    const QString name = m_currentKind == CatalogTreeModel::CategoryItem
                             ? m_categoryForm->loaded().name
                             : m_serviceForm->loaded().name;
    switch (m_prompt(m_currentId ? name : QString())) {
    case QMessageBox::Save:
        return saveCurrent();
    case QMessageBox::Discard:
        // A discarded draft leaves nothing to show.
        if (m_currentId == 0)
            showNothing();
        return true;
    default:
        return false;
    }
}

void CatalogEditor::showNothing()
{
    m_currentKind = 0;
    m_currentId = 0;
    m_stack->setCurrentWidget(m_emptyState);
    m_history->clearItem();
    updateActions();
}

void CatalogEditor::showItem(int kind, qint64 id)
{
    if (kind == CatalogTreeModel::CategoryItem) {
        if (const auto category = m_catalog.category(id); category) {
            showCategory(*category);
            return;
        }
    } else if (kind == CatalogTreeModel::ServiceItem) {
        if (const auto service = m_catalog.service(id); service) {
            showService(*service);
            return;
        }
    }
    showNothing();
}

void CatalogEditor::showCategory(const Category &category)
{
    m_currentKind = CatalogTreeModel::CategoryItem;
    m_currentId = category.id;
    m_categoryForm->load(category, orEmpty(m_catalog.categories()));
    if (category.id != 0 && m_warnings)
        m_categoryForm->messageBar()->showMessage(MessageBar::Kind::Warning,
                                                  m_warnings->categoryWarning(category.id));
    m_stack->setCurrentWidget(m_categoryForm->parentWidget()->parentWidget());
    m_history->setItem(CatalogChange::Kind::Category, category.id);
    updateActions();
}

void CatalogEditor::showService(const Service &service)
{
    ServiceForm::Choices choices;
    choices.categories = orEmpty(m_catalog.categories());
    choices.people = orEmpty(m_people.people());
    choices.teams = orEmpty(m_people.teams());
    if (const auto directory = CatalogDirectory::load(m_catalog.database()); directory) {
        for (const qint64 id : directory->slaPolicyIds())
            choices.slaPolicies.append({id, directory->slaPolicyName(id)});
        std::sort(choices.slaPolicies.begin(), choices.slaPolicies.end(),
                  [](const auto &a, const auto &b) { return a.second < b.second; });
    }

    m_currentKind = CatalogTreeModel::ServiceItem;
    m_currentId = service.id;
    m_serviceForm->load(service, choices);
    m_stack->setCurrentWidget(m_serviceForm->parentWidget()->parentWidget());
    m_history->setItem(CatalogChange::Kind::Service, service.id);
    updateActions();
}

void CatalogEditor::updateActions()
{
    const bool saved = m_currentId != 0;
    const bool isCategory = m_currentKind == CatalogTreeModel::CategoryItem;
    const bool isService = m_currentKind == CatalogTreeModel::ServiceItem;
    m_newSubcategory->setEnabled(saved && isCategory);
    m_newService->setEnabled(saved && (isCategory || isService));
    m_duplicate->setEnabled(saved && isService);
    m_delete->setEnabled(saved);
}
