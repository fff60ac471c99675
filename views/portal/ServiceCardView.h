#pragma once

#include <QListView>

// Service cards in rows that fill the width: as many columns as fit, each
// as wide as the space allows. Arrows move between cards; Enter, a click or
// a double click open one (serviceOpened).
class ServiceCardView : public QListView
{
    Q_OBJECT

public:
    explicit ServiceCardView(QWidget *parent = nullptr);

    // Selects the first card and takes the focus; false without cards.
    bool focusFirstCard();

signals:
    void serviceOpened(qint64 serviceId);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateGrid();
    void open(const QModelIndex &index);
};
