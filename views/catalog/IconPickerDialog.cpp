#include "IconPickerDialog.h"

#include "common/IconLibrary.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int iconSize = 32;
constexpr int cellSize = 96;
} // namespace

IconPickerDialog::IconPickerDialog(const QString &current, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"iconPicker"_s);
    setWindowTitle(tr("Choose an Icon"));

    m_search = new QLineEdit;
    m_search->setObjectName(u"iconSearch"_s);
    m_search->setPlaceholderText(tr("Search icons"));
    m_search->setClearButtonEnabled(true);

    m_grid = new QListWidget;
    m_grid->setObjectName(u"iconGrid"_s);
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setIconSize(QSize(iconSize, iconSize));
    m_grid->setGridSize(QSize(cellSize, cellSize));
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setUniformItemSizes(true);
    m_grid->setWordWrap(true);
    for (const QString &name : iconNames()) {
        auto *item = new QListWidgetItem(IconLibrary::icon(name), name, m_grid);
        item->setToolTip(name);
        item->setData(Qt::UserRole, name);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"iconPickerOk"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_grid, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_search, &QLineEdit::textChanged, this, &IconPickerDialog::applyFilter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_grid, 1);
    layout->addWidget(buttons);
    resize(520, 440);
    selectIcon(current);
}

QStringList IconPickerDialog::iconNames()
{
    QStringList names;
    for (const QString &file : QDir(u":/icons"_s).entryList({u"*.svg"_s}, QDir::Files))
        names << file.chopped(4);
    names.sort();
    return names;
}

QString IconPickerDialog::selectedIcon() const
{
    const QListWidgetItem *item = m_grid->currentItem();
    return item && !item->isHidden() ? item->data(Qt::UserRole).toString() : QString();
}

void IconPickerDialog::selectIcon(const QString &name)
{
    const auto found = m_grid->findItems(name, Qt::MatchExactly);
    if (!found.isEmpty())
        m_grid->setCurrentItem(found.first());
}

void IconPickerDialog::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int row = 0; row < m_grid->count(); ++row) {
        QListWidgetItem *item = m_grid->item(row);
        item->setHidden(!item->text().contains(needle, Qt::CaseInsensitive));
    }
}
