#include "SlaEditorDialog.h"

#include "common/EmptyState.h"
#include "common/WidgetStyle.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QPushButton *button(const QString &text, const QString &objectName)
{
    auto *result = new QPushButton(text);
    result->setObjectName(objectName);
    result->setAutoDefault(false);
    return result;
}

} // namespace

SlaEditorDialog::SlaEditorDialog(const Texts &texts, QWidget *parent)
    : QDialog(parent)
    , m_texts(texts)
{
    setObjectName(texts.prefix + u"Dialog"_s);
    setSizeGripEnabled(true);
    m_ask = [this](const QString &text, QMessageBox::StandardButtons buttons) {
        QMessageBox box(QMessageBox::Question, windowTitle(), text, buttons, this);
        // Saving is the safe answer to leaving; keeping, to deleting.
        box.setDefaultButton(buttons.testFlag(QMessageBox::Save) ? QMessageBox::Save
                                                                 : QMessageBox::No);
        return QMessageBox::StandardButton(box.exec());
    };

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(texts.prefix + u"Splitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(createListSide());
    m_splitter->addWidget(createEditorSide());
    m_splitter->setStretchFactor(1, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    close->button(QDialogButtonBox::Close)->setObjectName(texts.prefix + u"Close"_s);
    close->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(close);

    auto *save = new QAction(this);
    save->setShortcut(QKeySequence::Save);
    addAction(save);
    connect(close, &QDialogButtonBox::rejected, this, &SlaEditorDialog::reject);
    connect(save, &QAction::triggered, this, [this] {
        if (m_stack->currentWidget() == m_formPage && isModified())
            saveAndReload();
    });
    restoreLayout();
}

QWidget *SlaEditorDialog::createListSide()
{
    auto *title = new QLabel(m_texts.listTitle);
    WidgetStyle::scaleFont(title, 1.1, QFont::DemiBold);
    m_list = new QListWidget;
    m_list->setObjectName(m_texts.prefix + u"List"_s);
    m_new = button(m_texts.newButton, m_texts.prefix + u"New"_s);
    m_duplicate = button(tr("D&uplicate"), m_texts.prefix + u"Duplicate"_s);
    m_delete = button(tr("De&lete"), m_texts.prefix + u"Delete"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_delete);
    auto *side = new QWidget;
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &SlaEditorDialog::selectionChanged);
    connect(m_new, &QPushButton::clicked, this, &SlaEditorDialog::newClicked);
    connect(m_duplicate, &QPushButton::clicked, this, &SlaEditorDialog::duplicateClicked);
    connect(m_delete, &QPushButton::clicked, this, &SlaEditorDialog::deleteClicked);
    return side;
}

QWidget *SlaEditorDialog::createEditorSide()
{
    m_empty = new EmptyState(m_texts.icon);
    m_empty->setMessage(m_texts.emptyTitle, m_texts.emptyDetail);
    // Without the list's shortcut letter: both buttons show at once.
    auto *emptyNew =
        button(QString(m_texts.newButton).remove(u'&'), m_texts.prefix + u"EmptyNew"_s);
    m_empty->addAction(emptyNew);
    connect(emptyNew, &QPushButton::clicked, this, &SlaEditorDialog::newClicked);
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_empty);
    return m_stack;
}

void SlaEditorDialog::setForm(QWidget *form)
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(form);
    m_formPage = scroll;
    m_stack->addWidget(scroll);
}

void SlaEditorDialog::reload(qint64 id)
{
    const auto all = entries();
    m_filling = true;
    m_list->clear();
    if (all) {
        for (const auto &[entryId, name] : *all) {
            auto *item = new QListWidgetItem(name, m_list);
            item->setData(Qt::UserRole, entryId);
        }
    }
    m_filling = false;
    if (!all || all->isEmpty()) {
        showEmpty(all ? QString() : all.error());
        return;
    }

    const auto found = std::find_if(all->cbegin(), all->cend(),
                                    [id](const auto &entry) { return entry.first == id; });
    const qint64 shown = found != all->cend() ? id : all->first().first;
    selectRow(shown);
    if (const Status loaded = showEntry(shown); !loaded) {
        showEmpty(loaded.error());
        return;
    }
    m_stack->setCurrentWidget(m_formPage);
    updateButtons();
}

void SlaEditorDialog::showEmpty(const QString &error)
{
    m_empty->setMessage(m_texts.emptyTitle, error.isEmpty() ? m_texts.emptyDetail : error);
    m_stack->setCurrentWidget(m_empty);
    updateButtons();
}

void SlaEditorDialog::selectRow(qint64 id)
{
    m_filling = true;
    m_list->setCurrentRow(-1);
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == id)
            m_list->setCurrentRow(row);
    }
    m_filling = false;
}

void SlaEditorDialog::updateButtons()
{
    const bool saved = m_stack->currentWidget() == m_formPage && shownId() != 0;
    m_duplicate->setEnabled(saved);
    m_delete->setEnabled(saved);
}

void SlaEditorDialog::selectionChanged()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (m_filling || !item)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    if (id == shownId() && m_stack->currentWidget() == m_formPage)
        return;
    if (!maybeSave()) {
        selectRow(shownId());
        return;
    }
    reload(id);
}

bool SlaEditorDialog::maybeSave()
{
    if (m_stack->currentWidget() != m_formPage || !isModified())
        return true;
    const QString question =
        shownId() == 0 ? m_texts.unsavedDraft
                       : tr("\"%1\" has unsaved changes. Save them now?").arg(shownName());
    switch (m_ask(question, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel)) {
    case QMessageBox::Save:
        return saveAndReload();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

bool SlaEditorDialog::saveAndReload()
{
    const auto id = save();
    if (!id)
        return false;
    reload(*id);
    return true;
}

void SlaEditorDialog::newClicked()
{
    if (!maybeSave())
        return;
    selectRow(0);
    showDraft(false);
    m_stack->setCurrentWidget(m_formPage);
    updateButtons();
}

void SlaEditorDialog::duplicateClicked()
{
    if (shownId() == 0 || !maybeSave())
        return;
    selectRow(0);
    showDraft(true);
    m_stack->setCurrentWidget(m_formPage);
    updateButtons();
}

void SlaEditorDialog::deleteClicked()
{
    const qint64 id = shownId();
    if (id == 0)
        return;
    if (m_ask(deleteQuestion(shownName()), QMessageBox::Yes | QMessageBox::No) != QMessageBox::Yes)
        return;
    if (const Status removed = remove(id); !removed) {
        showError(removed.error());
        return;
    }
    reload();
}

void SlaEditorDialog::reject()
{
    if (maybeSave())
        QDialog::reject();
}

void SlaEditorDialog::done(int result)
{
    QSettings settings;
    settings.setValue(objectName() + u"/geometry"_s, saveGeometry());
    settings.setValue(objectName() + u"/splitter"_s, m_splitter->saveState());
    QDialog::done(result);
}

void SlaEditorDialog::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(objectName() + u"/geometry"_s).toByteArray())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 860);
        resize(QSize(1000, 650).boundedTo(available * 0.95));
    }
    if (!m_splitter->restoreState(settings.value(objectName() + u"/splitter"_s).toByteArray()))
        m_splitter->setSizes({240, 760});
}
