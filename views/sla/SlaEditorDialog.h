#pragma once

#include "storage/Result.h"

#include <QDialog>
#include <QMessageBox>
#include <functional>
#include <optional>

class EmptyState;
class QListWidget;
class QPushButton;
class QSplitter;
class QStackedWidget;

// What the SLA policy and calendar editors share: the list of saved items
// on the left with New, Duplicate and Delete, the editor of one item on the
// right, and unsaved edits never lost without asking (on another selection,
// New, Duplicate and Close). The window's geometry is remembered.
class SlaEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // Asks the user a question with these buttons; tests answer themselves.
    using Ask = std::function<QMessageBox::StandardButton(const QString &text,
                                                          QMessageBox::StandardButtons buttons)>;

    void setAsk(Ask ask) { m_ask = std::move(ask); }
    // Asks what to do with unsaved edits; false when the user cancelled.
    bool maybeSave();
    QListWidget *list() const { return m_list; }

    void done(int result) override;
    void reject() override;

protected:
    struct Texts
    {
        QString prefix; // of the object names: "policy" gives "policyList"
        QString icon;   // of the empty state
        QString listTitle;
        QString newButton;
        QString emptyTitle;
        QString emptyDetail;
        QString unsavedDraft; // the question about a new item not saved yet
    };

    SlaEditorDialog(const Texts &texts, QWidget *parent);
    // Puts the subclass's form on the right; call once, in the constructor.
    void setForm(QWidget *form);
    // Fills the list again and shows the item id (the first one for 0).
    void reload(qint64 id = 0);
    // Saves the form; on success shows the saved item again.
    bool saveAndReload();

    // Saved items, ordered, as (id, name); an error message instead.
    virtual Result<QList<std::pair<qint64, QString>>> entries() const = 0;
    // Loads a saved item into the form, or says why it cannot be read.
    virtual Status showEntry(qint64 id) = 0;
    // Loads a new draft, a copy of the shown item when copy is true.
    virtual void showDraft(bool copy) = 0;
    // The saved item the form shows: 0 for a draft.
    virtual qint64 shownId() const = 0;
    virtual QString shownName() const = 0;
    virtual bool isModified() const = 0;
    // Writes the form; the id written, or nothing when the form showed why not.
    virtual std::optional<qint64> save() = 0;
    virtual Status remove(qint64 id) = 0;
    virtual QString deleteQuestion(const QString &name) const = 0;
    virtual void showError(const QString &message) = 0;

private:
    QWidget *createListSide();
    QWidget *createEditorSide();
    void selectionChanged();
    void newClicked();
    void duplicateClicked();
    void deleteClicked();
    void selectRow(qint64 id);
    void showEmpty(const QString &error);
    void updateButtons();
    void restoreLayout();

    Texts m_texts;
    Ask m_ask;
    bool m_filling = false;
    QListWidget *m_list = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QWidget *m_formPage = nullptr;
};
