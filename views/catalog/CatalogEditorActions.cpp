// CatalogEditor's changes: each one store call, then one undo command.
#include "CatalogCommand.h"
#include "CatalogEditor.h"
#include "CategoryForm.h"
#include "ServiceForm.h"
#include "catalog/CatalogStore.h"
#include "catalog/CatalogTreeModel.h"
#include "common/MessageBar.h"

#include <QLineEdit>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

// The next display order among siblings, so that a new item comes last.
template <typename T, typename SameParent> int nextOrder(const QList<T> &items, SameParent same)
{
    int order = 0;
    for (const T &item : items) {
        if (same(item))
            order = qMax(order, item.displayOrder);
    }
    return order + 1;
}

} // namespace

void CatalogEditor::push(const QString &text, const std::function<Status()> &redo,
                         const std::function<Status()> &undo)
{
    m_undoStack->push(
        new CatalogCommand(text, redo, undo, [this](const QString &error) { reportError(error); }));
}

void CatalogEditor::reportError(const QString &message)
{
    m_messageBar->showMessage(MessageBar::Kind::Error, message);
}

void CatalogEditor::newCategory(bool asChild)
{
    if (!maybeSave())
        return;
    m_messageBar->clearMessage();
    Category draft;
    draft.parentId = asChild && m_currentKind == CatalogTreeModel::CategoryItem ? m_currentId : 0;
    const QList<Category> all =
        m_catalog.categories() ? *m_catalog.categories() : QList<Category>();
    draft.displayOrder =
        nextOrder(all, [&](const Category &other) { return other.parentId == draft.parentId; });
    showCategory(draft);
    m_categoryForm->findChild<QLineEdit *>(u"categoryName"_s)->setFocus();
}

void CatalogEditor::newService()
{
    qint64 categoryId = m_currentKind == CatalogTreeModel::CategoryItem ? m_currentId : 0;
    if (m_currentKind == CatalogTreeModel::ServiceItem)
        categoryId = m_serviceForm->loaded().categoryId;
    if (categoryId == 0 || !maybeSave())
        return;
    m_messageBar->clearMessage();

    Service draft;
    draft.categoryId = categoryId;
    const QList<Service> all = m_catalog.services() ? *m_catalog.services() : QList<Service>();
    draft.displayOrder =
        nextOrder(all, [&](const Service &other) { return other.categoryId == categoryId; });
    showService(draft);
    m_serviceForm->findChild<QLineEdit *>(u"serviceName"_s)->setFocus();
}

bool CatalogEditor::saveCurrent()
{
    if (m_currentKind == CatalogTreeModel::CategoryItem)
        return saveCategory();
    if (m_currentKind == CatalogTreeModel::ServiceItem)
        return saveService();
    return true;
}

bool CatalogEditor::saveCategory()
{
    if (!m_categoryForm->isValid())
        return false;
    m_messageBar->clearMessage();
    Category category = m_categoryForm->category();
    const Category before = m_categoryForm->loaded();

    if (category.id == 0) {
        const auto created = m_catalog.createCategory(category);
        if (!created) {
            m_categoryForm->messageBar()->showMessage(MessageBar::Kind::Error, created.error());
            return false;
        }
        category.id = *created;
        push(
            tr("Create category \"%1\"").arg(category.name),
            [this, category] { return Status::from(m_catalog.restoreCategory(category)); },
            [this, category] { return m_catalog.deleteCategory(category.id); });
    } else {
        if (const Status saved = m_catalog.updateCategory(category); !saved) {
            m_categoryForm->messageBar()->showMessage(MessageBar::Kind::Error, saved.error());
            return false;
        }
        push(
            tr("Edit category \"%1\"").arg(category.name),
            [this, category] { return m_catalog.updateCategory(category); },
            [this, before] { return m_catalog.updateCategory(before); });
    }

    showItem(CatalogTreeModel::CategoryItem, category.id);
    m_changingSelection = true;
    selectCategory(category.id);
    m_changingSelection = false;
    return true;
}

bool CatalogEditor::saveService()
{
    if (!m_serviceForm->isValid())
        return false;
    m_messageBar->clearMessage();
    Service service = m_serviceForm->service();
    const Service before = m_serviceForm->loaded();

    if (service.id == 0) {
        const auto created = m_catalog.createService(service);
        if (!created) {
            m_serviceForm->messageBar()->showMessage(MessageBar::Kind::Error, created.error());
            return false;
        }
        service.id = *created;
        push(
            tr("Create service \"%1\"").arg(service.name),
            [this, service] { return Status::from(m_catalog.restoreService(service)); },
            [this, service] { return m_catalog.deleteService(service.id); });
    } else {
        if (const Status saved = m_catalog.updateService(service); !saved) {
            m_serviceForm->messageBar()->showMessage(MessageBar::Kind::Error, saved.error());
            return false;
        }
        push(
            tr("Edit service \"%1\"").arg(service.name),
            [this, service] { return m_catalog.updateService(service); },
            [this, before] { return m_catalog.updateService(before); });
    }

    // Read back: the store numbers the form versions.
    showItem(CatalogTreeModel::ServiceItem, service.id);
    m_changingSelection = true;
    selectService(service.id);
    m_changingSelection = false;
    return true;
}

void CatalogEditor::deleteCurrent()
{
    m_messageBar->clearMessage();
    if (m_currentId == 0) {
        showNothing(); // a draft: nothing was written
        return;
    }

    if (m_currentKind == CatalogTreeModel::CategoryItem) {
        const Category category = m_categoryForm->loaded();
        if (const Status deleted = m_catalog.deleteCategory(category.id); !deleted) {
            // Said beside the category: what it still holds.
            m_categoryForm->messageBar()->showMessage(MessageBar::Kind::Error, deleted.error());
            return;
        }
        push(
            tr("Delete category \"%1\"").arg(category.name),
            [this, category] { return m_catalog.deleteCategory(category.id); },
            [this, category] { return Status::from(m_catalog.restoreCategory(category)); });
    } else {
        const Service service = m_serviceForm->loaded();
        if (const Status deleted = m_catalog.deleteService(service.id); !deleted) {
            m_serviceForm->messageBar()->showMessage(MessageBar::Kind::Error, deleted.error());
            return;
        }
        push(
            tr("Delete service \"%1\"").arg(service.name),
            [this, service] { return m_catalog.deleteService(service.id); },
            [this, service] { return Status::from(m_catalog.restoreService(service)); });
    }
    showNothing();
}

void CatalogEditor::duplicateService()
{
    if (m_currentKind != CatalogTreeModel::ServiceItem || m_currentId == 0 || !maybeSave())
        return;
    Service copy = m_serviceForm->loaded();

    // "Copy of VPN access", then "Copy of VPN access (2)"… until unused.
    QSet<QString> taken;
    if (const auto services = m_catalog.services(); services) {
        for (const Service &other : *services) {
            if (other.categoryId == copy.categoryId)
                taken.insert(other.name.toLower());
        }
    }
    const QString base = tr("Copy of %1").arg(copy.name);
    copy.name = base;
    for (int n = 2; taken.contains(copy.name.toLower()); ++n)
        copy.name = u"%1 (%2)"_s.arg(base).arg(n);
    copy.id = 0;
    copy.formVersion = 1;
    copy.displayOrder = m_serviceForm->loaded().displayOrder + 1;

    const auto created = m_catalog.createService(copy);
    if (!created) {
        reportError(created.error());
        return;
    }
    copy.id = *created;
    push(
        tr("Duplicate service \"%1\"").arg(m_serviceForm->loaded().name),
        [this, copy] { return Status::from(m_catalog.restoreService(copy)); },
        [this, copy] { return m_catalog.deleteService(copy.id); });
    selectService(copy.id);
}

int CatalogEditor::positionOf(int kind, qint64 id) const
{
    // Siblings list sub-categories first, then services.
    const QModelIndex index = kind == CatalogTreeModel::CategoryItem ? m_model->indexForCategory(id)
                                                                     : m_model->indexForService(id);
    if (kind == CatalogTreeModel::CategoryItem)
        return index.row();
    int categories = 0;
    for (int row = 0; row < m_model->rowCount(index.parent()); ++row) {
        const QModelIndex sibling = m_model->index(row, 0, index.parent());
        if (sibling.data(CatalogTreeModel::ItemKindRole).toInt() == CatalogTreeModel::CategoryItem)
            ++categories;
    }
    return index.row() - categories;
}

void CatalogEditor::moveItem(int kind, qint64 id, qint64 newParentId, int position)
{
    m_messageBar->clearMessage();
    const bool isCategory = kind == CatalogTreeModel::CategoryItem;
    const QModelIndex index =
        isCategory ? m_model->indexForCategory(id) : m_model->indexForService(id);
    if (!index.isValid())
        return;
    const qint64 oldParentId = index.parent().data(CatalogTreeModel::IdRole).toLongLong();
    const int oldPosition = positionOf(kind, id);
    if (oldParentId == newParentId && oldPosition == position)
        return;

    // The open form must not keep the old parent and put it back on Save.
    const bool movingCurrent = kind == m_currentKind && id == m_currentId;
    if (movingCurrent && !maybeSave())
        return;

    const QString name = index.data(Qt::DisplayRole).toString();
    const auto move = [this, isCategory, id](qint64 parentId, int at) {
        return isCategory ? m_catalog.moveCategory(id, parentId, at)
                          : m_catalog.moveService(id, parentId, at);
    };
    if (const Status moved = move(newParentId, position); !moved) {
        reportError(moved.error());
        return;
    }
    if (movingCurrent)
        showItem(kind, id);
    push(
        isCategory ? tr("Move category \"%1\"").arg(name) : tr("Move service \"%1\"").arg(name),
        [move, newParentId, position] { return move(newParentId, position); },
        [move, oldParentId, oldPosition] { return move(oldParentId, oldPosition); });
}
