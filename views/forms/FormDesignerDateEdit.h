#pragma once

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QDateTimeEdit;

// An optional date, or date and time: a check box that says whether there
// is one, and the date beside it.
class FormDesignerDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit FormDesignerDateEdit(bool withTime = false, QWidget *parent = nullptr);

    // An invalid date unchecks the box.
    void setDateTime(const QDateTime &dateTime);
    void setDate(QDate date) { setDateTime(date.isValid() ? date.startOfDay() : QDateTime()); }
    // Invalid when the box is unchecked.
    QDateTime dateTime() const;
    QDate date() const { return dateTime().date(); }

    QCheckBox *checkBox() const { return m_check; }
    QDateTimeEdit *editor() const { return m_edit; }

    // The locale's short format, always with four-digit years.
    static QString displayFormat(bool withTime);

signals:
    void edited();

private:
    QCheckBox *m_check = nullptr;
    QDateTimeEdit *m_edit = nullptr;
};
