#pragma once

#include "forms/FormField.h"

#include <QBoxLayout>
#include <QJsonValue>
#include <QList>
#include <QWidget>

// The editor of one answer of a rendered form, one subclass per kind of
// field: it shows the answer, reports every edit, and says which widgets take
// the focus.
class FormFieldEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FormFieldEditor(const FormField &field, QWidget *parent = nullptr);

    const FormField &field() const { return m_field; }

    // Undefined when the requester has not answered.
    virtual QJsonValue answer() const = 0;
    virtual void setAnswer(const QJsonValue &answer) = 0;
    // In tab order.
    virtual QList<QWidget *> focusWidgets() const = 0;

signals:
    // The requester changed the answer.
    void edited();
    // An edit was refused (a file the field does not take), with why; empty
    // once it no longer applies.
    void refused(const QString &message);

protected:
    // "editor_<key>": the name tests find the editor widget by.
    QString editorName() const;
    // The editor's own layout, laid out in a row or in a column.
    QBoxLayout *rowLayout();
    QBoxLayout *columnLayout();

private:
    QBoxLayout *boxLayout(QBoxLayout::Direction direction);

    FormField m_field;
};
