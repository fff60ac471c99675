#pragma once

#include "forms/FormSchema.h"
#include "people/Person.h"

#include <QList>
#include <QPair>
#include <QPointer>
#include <QWidget>

class FormRenderer;
class QCheckBox;
class QLabel;
class QPushButton;
class QScrollArea;

// The form being designed, rendered exactly as the portal renders it. Out
// of test mode it is a picture: clicks and the keyboard do not reach it. In
// test mode it is filled in like a requester would, with the messages a
// requester would read, and "Check" shows them all as on submit.
class FormDesignerPreview : public QWidget
{
    Q_OBJECT

public:
    explicit FormDesignerPreview(QWidget *parent = nullptr);

    void setPeople(const QList<Person> &people);
    // In test mode the answers given so far stay where they still fit.
    void setSchema(const FormSchema &schema);
    // The schema shown is older than the designer's fields, which have
    // problems.
    void setOutdated(bool outdated);

    FormRenderer *renderer() const { return m_renderer; }
    bool isTestMode() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setTestMode(bool on);
    void check();
    void lockFocus(bool locked);
    void updateTexts();
    void showEmpty(bool empty);

    QCheckBox *m_testMode = nullptr;
    QPushButton *m_check = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_outdated = nullptr;
    QLabel *m_empty = nullptr;
    QScrollArea *m_scroll = nullptr;
    FormRenderer *m_renderer = nullptr;
    QWidget *m_shield = nullptr;
    QList<QPair<QPointer<QWidget>, Qt::FocusPolicy>> m_focusPolicies;
};
