#include "FormDesignerDialog.h"

#include "FormDesignerDocument.h"
#include "FormDesignerFieldEditor.h"
#include "FormDesignerFieldList.h"
#include "FormDesignerPreview.h"
#include "FormDesignerProblemList.h"
#include "FormDesignerToolBar.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const auto geometryKey = u"FormDesignerDialog/geometry"_s;
const auto splitterKey = u"FormDesignerDialog/splitter"_s;

bool isUndoKey(const QKeyEvent *key)
{
    const QKeyCombination combination = key->keyCombination();
    return key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
           combination == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z);
}

} // namespace

FormDesignerDialog::FormDesignerDialog(const FormSchema &schema, const QStringList &retiredKeys,
                                       const QList<Person> &people, QWidget *parent)
    : QDialog(parent)
    , m_document(new FormDesignerDocument(schema.fields(), retiredKeys, this))
    , m_schema(schema)
{
    setObjectName(u"formDesignerDialog"_s);
    setWindowTitle(tr("Request Form Designer"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setSizeGripEnabled(true);

    m_fieldList = new FormDesignerFieldList;
    m_editor = new FormDesignerFieldEditor;
    m_editor->setPeople(people);
    m_editor->setPublishedKeys(m_document->publishedKeys());
    m_preview = new FormDesignerPreview;
    m_preview->setPeople(people);
    m_problems = new FormDesignerProblemList;

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(u"designerSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_fieldList);
    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(m_preview);
    m_fieldList->setMinimumWidth(200);
    m_editor->setMinimumWidth(380);
    m_preview->setMinimumWidth(300);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"okButton"_s);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &FormDesignerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FormDesignerDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *toolBar = new FormDesignerToolBar(m_document);
    m_fieldList->addAction(toolBar->deleteAction());
    connect(toolBar, &FormDesignerToolBar::fieldAdded, m_editor,
            &FormDesignerFieldEditor::focusLabel);
    layout->addWidget(toolBar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    connectDocument();
    restoreLayout();
    refresh();
    // Ctrl+Z in a text box undoes the designer's last change, not the box's.
    qApp->installEventFilter(this);
}

FormDesignerDialog::~FormDesignerDialog()
{
    qApp->removeEventFilter(this);
}

void FormDesignerDialog::connectDocument()
{
    connect(m_document, &FormDesignerDocument::changed, this, &FormDesignerDialog::refresh);
    connect(m_fieldList, &FormDesignerFieldList::currentFieldChanged, m_document,
            &FormDesignerDocument::select);
    connect(m_fieldList, &FormDesignerFieldList::reordered, m_document,
            &FormDesignerDocument::reorder);
    connect(m_problems, &FormDesignerProblemList::fieldActivated, m_document,
            &FormDesignerDocument::select);
    connect(m_editor, &FormDesignerFieldEditor::edited, this,
            [this](const FormField &field, const QString &property) {
                m_document->editField(m_document->current(), field, property);
            });
}

void FormDesignerDialog::refresh()
{
    const QList<FormField> &fields = m_document->fields();
    const int current = m_document->current();
    m_fieldList->setFields(fields, current);
    m_editor->setField(fields, current, m_document->isNew(current));

    QList<FormProblem> problems;
    const std::optional<FormSchema> schema = FormSchema::fromFields(fields, &problems);
    if (schema) {
        m_schema = *schema;
        m_preview->setSchema(*schema);
    }
    m_preview->setOutdated(!schema);
    m_problems->setProblems(problems, fields);
    m_ok->setEnabled(schema.has_value());
    m_ok->setToolTip(schema ? tr("Keep this form; saving the service publishes it")
                            : tr("Fix the problems listed above the buttons first"));
}

void FormDesignerDialog::accept()
{
    // Enter in a text box lands here too: a form with problems is not kept.
    if (!m_ok->isEnabled())
        return;
    QDialog::accept();
}

void FormDesignerDialog::reject()
{
    if (!m_document->undoStack()->isClean()) {
        const auto answer = QMessageBox::question(
            this, tr("Discard Changes?"), tr("Discard your changes to the form?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void FormDesignerDialog::done(int result)
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(splitterKey, m_splitter->saveState());
    QDialog::done(result);
}

void FormDesignerDialog::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 860);
        resize(QSize(1200, 800).boundedTo(available * 0.95));
    }
    if (!m_splitter->restoreState(settings.value(splitterKey).toByteArray()))
        m_splitter->setSizes({220, 500, 480});
}

bool FormDesignerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride || !isUndoKey(static_cast<QKeyEvent *>(event)))
        return QDialog::eventFilter(watched, event);
    auto *widget = qobject_cast<QWidget *>(watched);
    // The preview in test mode is the requester's form: its boxes undo their own typing.
    if (!widget || widget->window() != this || m_preview->isAncestorOf(widget))
        return QDialog::eventFilter(watched, event);
    event->ignore();
    return true;
}
