#include "CategoryForm.h"

#include "IconPickerDialog.h"
#include "catalog/CatalogStore.h"
#include "common/IconLibrary.h"
#include "common/MessageBar.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *problemLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #c0221b;"_s);
    label->hide();
    return label;
}

void showProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

// The categories under id, id included: a category cannot move into them.
QSet<qint64> subtree(qint64 id, const QList<Category> &all)
{
    QSet<qint64> ids = {id};
    for (bool grew = true; grew;) {
        grew = false;
        for (const Category &category : all) {
            if (!ids.contains(category.id) && ids.contains(category.parentId)) {
                ids.insert(category.id);
                grew = true;
            }
        }
    }
    return ids;
}

} // namespace

CategoryForm::CategoryForm(const CatalogStore &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
{
    setObjectName(u"categoryForm"_s);
    m_messageBar = new MessageBar;
    m_messageBar->setObjectName(u"categoryMessage"_s);
    m_title = new QLabel;
    m_title->setObjectName(u"categoryFormTitle"_s);
    m_title->setStyleSheet(u"font-size: 15pt; font-weight: 600;"_s);

    m_name = new QLineEdit;
    m_name->setObjectName(u"categoryName"_s);
    m_nameProblem = problemLabel(u"categoryNameProblem"_s);
    m_description = new QPlainTextEdit;
    m_description->setObjectName(u"categoryDescription"_s);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(120);
    m_parent = new QComboBox;
    m_parent->setObjectName(u"categoryParent"_s);
    m_iconButton = new QToolButton;
    m_iconButton->setObjectName(u"categoryIcon"_s);
    m_iconButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_iconButton->setIconSize(QSize(24, 24));
    m_displayOrder = new QSpinBox;
    m_displayOrder->setObjectName(u"categoryDisplayOrder"_s);
    m_displayOrder->setRange(0, 100000);
    m_displayOrder->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_displayOrder->setToolTip(tr("Smaller numbers come first among sibling categories."));

    auto *fields = new QFormLayout;
    auto *nameColumn = new QVBoxLayout;
    nameColumn->setSpacing(2);
    nameColumn->addWidget(m_name);
    nameColumn->addWidget(m_nameProblem);
    auto *nameLabel = new QLabel(tr("&Name:"));
    nameLabel->setBuddy(m_name);
    fields->addRow(nameLabel, nameColumn);
    fields->addRow(tr("&Description:"), m_description);
    fields->addRow(tr("&Parent:"), m_parent);
    fields->addRow(tr("&Icon:"), m_iconButton);
    fields->addRow(tr("Display &order:"), m_displayOrder);

    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(u"categorySave"_s);
    m_save->setDefault(true);
    m_delete = new QPushButton(tr("&Delete Category"));
    m_delete->setObjectName(u"categoryDelete"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_messageBar);
    layout->addLayout(fields);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &CategoryForm::revalidate);
    connect(m_description, &QPlainTextEdit::textChanged, this, &CategoryForm::revalidate);
    connect(m_parent, &QComboBox::currentIndexChanged, this, &CategoryForm::revalidate);
    connect(m_displayOrder, &QSpinBox::valueChanged, this, &CategoryForm::revalidate);
    connect(m_iconButton, &QToolButton::clicked, this, &CategoryForm::chooseIcon);
    connect(m_save, &QPushButton::clicked, this, &CategoryForm::saveRequested);
    connect(m_delete, &QPushButton::clicked, this, &CategoryForm::deleteRequested);
}

void CategoryForm::load(const Category &category, const QList<Category> &all)
{
    m_loaded = category;
    m_messageBar->clearMessage();
    m_title->setText(category.id == 0 ? tr("New category") : category.name);
    fillParents(all);
    m_name->setText(category.name);
    m_description->setPlainText(category.description);
    m_parent->setCurrentIndex(qMax(0, m_parent->findData(category.parentId)));
    m_displayOrder->setValue(category.displayOrder);
    setIcon(category.icon);
    m_delete->setVisible(category.id != 0);
    revalidate();
}

void CategoryForm::fillParents(const QList<Category> &all)
{
    const QSignalBlocker blocker(m_parent);
    m_parent->clear();
    m_parent->addItem(IconLibrary::icon(u"folder"_s), tr("(Top level)"), qint64(0));

    // A category cannot go under itself or its own sub-categories.
    const QSet<qint64> excluded = m_loaded.id ? subtree(m_loaded.id, all) : QSet<qint64>();
    QHash<qint64, Category> byId;
    for (const Category &category : all)
        byId.insert(category.id, category);
    QList<QPair<QString, Category>> paths;
    for (const Category &category : all) {
        if (excluded.contains(category.id))
            continue;
        QStringList path = {category.name};
        for (qint64 up = category.parentId; byId.contains(up) && path.size() < 64;
             up = byId.value(up).parentId)
            path.prepend(byId.value(up).name);
        paths.append({path.join(u" › "_s), category});
    }
    std::sort(paths.begin(), paths.end(), [](const auto &a, const auto &b) {
        return a.first.compare(b.first, Qt::CaseInsensitive) < 0;
    });
    for (const auto &[path, category] : std::as_const(paths))
        m_parent->addItem(IconLibrary::icon(category.icon, u"folder"_s), path, category.id);
}

Category CategoryForm::category() const
{
    Category category = m_loaded;
    category.name = m_name->text().trimmed();
    category.description = m_description->toPlainText().trimmed();
    category.parentId = m_parent->currentData().toLongLong();
    category.icon = m_icon;
    category.displayOrder = m_displayOrder->value();
    return category;
}

bool CategoryForm::isModified() const
{
    return m_loaded.id == 0 || category() != m_loaded;
}

void CategoryForm::chooseIcon()
{
    IconPickerDialog dialog(m_icon, this);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedIcon().isEmpty())
        return;
    setIcon(dialog.selectedIcon());
    revalidate();
}

void CategoryForm::setIcon(const QString &name)
{
    m_icon = name;
    m_iconButton->setIcon(IconLibrary::icon(name, u"folder"_s));
    m_iconButton->setText(name.isEmpty() ? tr("Choose…") : name);
}

void CategoryForm::revalidate()
{
    // The store's own rules, so the form refuses exactly what saving would.
    QString problem;
    const Category current = category();
    if (current.name.isEmpty())
        problem = tr("A category needs a name.");
    else if (const Status check = m_catalog.checkCategory(current); !check)
        problem = check.error();
    showProblem(m_nameProblem, problem);

    m_valid = problem.isEmpty();
    m_save->setEnabled(m_valid && isModified());
    emit modifiedChanged();
}
