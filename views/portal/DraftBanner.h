#pragma once

#include <QWidget>

class MessageBar;
class QPushButton;

// Says that a draft was restored, with a button to throw it away. Hidden
// until shown.
class DraftBanner : public QWidget
{
    Q_OBJECT

public:
    explicit DraftBanner(QWidget *parent = nullptr);

    void showMessage(const QString &text);
    QString text() const;

signals:
    void discardRequested();

private:
    MessageBar *m_bar = nullptr;
    QPushButton *m_discard = nullptr;
};
