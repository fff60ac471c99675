#pragma once

#include <QWidget>

class QLabel;
class QHBoxLayout;

// What a screen shows when it has nothing to show: a large muted icon, a
// title and a line of explanation, centred, with room for an action button.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(const QString &iconName, QWidget *parent = nullptr);

    void setMessage(const QString &title, const QString &detail);
    QString title() const;
    QString detail() const;
    // Places a widget (usually a button) under the message, centred.
    void addAction(QWidget *widget);

private:
    QLabel *m_title = nullptr;
    QLabel *m_detail = nullptr;
    QHBoxLayout *m_actions = nullptr;
};
