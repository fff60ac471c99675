#include "HolidaysEditor.h"

#include "sla/FrenchHolidays.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum Column
{
    DateColumn,
    NameColumn
};

QPushButton *button(const QString &text, const QString &objectName)
{
    auto *result = new QPushButton(text);
    result->setObjectName(objectName);
    result->setAutoDefault(false);
    return result;
}

} // namespace

HolidaysEditor::HolidaysEditor(QWidget *parent)
    : QWidget(parent)
{
    m_table = new QTableWidget(0, 2);
    m_table->setObjectName(u"holidayTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Name")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);

    m_date = new QDateEdit(QDate::currentDate());
    m_date->setObjectName(u"holidayDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_name = new QLineEdit;
    m_name->setObjectName(u"holidayName"_s);
    m_name->setPlaceholderText(tr("Name of the day"));
    m_add = button(tr("&Add"), u"holidayAdd"_s);
    m_remove = button(tr("&Remove"), u"holidayRemove"_s);
    m_french =
        button(tr("Add &French Holidays of %1").arg(m_date->date().year()), u"holidayFrench"_s);
    m_french->setToolTip(tr("Adds the eleven French public holidays of the year of the date."));

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_date);
    addRow->addWidget(m_name, 1);
    addRow->addWidget(m_add);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_french);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(addRow);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &HolidaysEditor::addHoliday);
    connect(m_name, &QLineEdit::returnPressed, this, &HolidaysEditor::addHoliday);
    connect(m_remove, &QPushButton::clicked, this, &HolidaysEditor::removeSelected);
    connect(m_french, &QPushButton::clicked, this, &HolidaysEditor::addFrenchHolidays);
    connect(m_table, &QTableWidget::itemChanged, this, &HolidaysEditor::nameEdited);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HolidaysEditor::updateButtons);
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate date) {
        m_french->setText(tr("Add &French Holidays of %1").arg(date.year()));
    });
    updateButtons();
}

void HolidaysEditor::setHolidays(const QMap<QDate, QString> &holidays)
{
    m_holidays = holidays;
    refill({});
}

void HolidaysEditor::refill(QDate selected)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (auto it = m_holidays.cbegin(); it != m_holidays.cend(); ++it) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *date = new QTableWidgetItem(QLocale().toString(it.key(), u"ddd d MMM yyyy"_s));
        date->setData(Qt::UserRole, it.key());
        date->setFlags(date->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, DateColumn, date);
        m_table->setItem(row, NameColumn, new QTableWidgetItem(it.value()));
        if (it.key() == selected) {
            m_table->selectRow(row);
            m_table->scrollToItem(date);
        }
    }
    updateButtons();
}

void HolidaysEditor::addHoliday()
{
    const QDate date = m_date->date();
    const QString name = m_name->text().trimmed();
    // Adding a date again renames it: a date is a holiday once.
    m_holidays.insert(date, name.isEmpty() ? tr("Holiday") : name);
    m_name->clear();
    refill(date);
    emit changed();
}

void HolidaysEditor::addFrenchHolidays()
{
    const QMap<QDate, QString> french = FrenchHolidays::forYear(m_date->date().year());
    for (auto it = french.cbegin(); it != french.cend(); ++it)
        m_holidays.insert(it.key(), it.value());
    refill(french.firstKey());
    emit changed();
}

void HolidaysEditor::removeSelected()
{
    QList<QDate> dates;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(DateColumn);
    for (const QModelIndex &index : rows)
        dates << index.data(Qt::UserRole).toDate();
    if (dates.isEmpty())
        return;
    for (const QDate &date : std::as_const(dates))
        m_holidays.remove(date);
    refill({});
    emit changed();
}

void HolidaysEditor::nameEdited(QTableWidgetItem *item)
{
    if (item->column() != NameColumn)
        return;
    const QDate date = m_table->item(item->row(), DateColumn)->data(Qt::UserRole).toDate();
    m_holidays.insert(date, item->text().trimmed());
    emit changed();
}

void HolidaysEditor::updateButtons()
{
    m_remove->setEnabled(m_table->selectionModel()->hasSelection());
}
