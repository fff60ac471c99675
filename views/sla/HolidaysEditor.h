#pragma once

#include <QDate>
#include <QMap>
#include <QWidget>

class QDateEdit;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

// A calendar's holidays: a table of dates and names (names edited in
// place), a line to add one, and the French public holidays of a year in
// one click, since the default calendar counts in France.
class HolidaysEditor : public QWidget
{
    Q_OBJECT

public:
    explicit HolidaysEditor(QWidget *parent = nullptr);

    void setHolidays(const QMap<QDate, QString> &holidays);
    const QMap<QDate, QString> &holidays() const { return m_holidays; }

signals:
    void changed();

private:
    void addHoliday();
    void addFrenchHolidays();
    void removeSelected();
    void nameEdited(QTableWidgetItem *item);
    void refill(QDate selected);
    void updateButtons();

    QMap<QDate, QString> m_holidays;
    QTableWidget *m_table = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_french = nullptr;
};
