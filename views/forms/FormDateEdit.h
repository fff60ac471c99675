#pragma once

#include <QDateTimeEdit>

// A date (or date and time) editor that may hold no date: empty, it shows a
// text instead of a date, and the first key or click that edits it starts
// from today, so that the calendar does not open in the year 100. A date
// typed whole with its separators, "12/7/2026", reads as written, and Tab
// moves on to the next field rather than to the next part of the date.
class FormDateEdit : public QDateTimeEdit
{
    Q_OBJECT

public:
    FormDateEdit(bool withTime, QWidget *parent = nullptr);

    bool isEmpty() const { return dateTime() == minimumDateTime(); }
    void clear() override;
    QSize sizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void leaveEmpty();

    bool m_withTime = false;
    bool m_movedOn = false; // the last key completed a part of the date
};
