#pragma once

#include "forms/FormField.h"

#include <QWidget>

class FormFieldEditor;
class QAbstractItemModel;
class FormWrappedLabel;

// One field of a rendered form, named field_<key>: its label (with "*" when
// required), its editor, its help and, once the requester has touched the
// field, its message. A section is a heading with its text instead.
class FormFieldWidget : public QWidget
{
    Q_OBJECT

public:
    // people: the list person fields offer, shared by the whole form.
    FormFieldWidget(const FormField &field, QAbstractItemModel *people, QWidget *parent = nullptr);

    const QString &key() const { return m_key; }
    // nullptr for a section.
    FormFieldEditor *editor() const { return m_editor; }

    bool isTouched() const { return m_touched; }
    // A touched field shows its message.
    void setTouched(bool touched);
    // The message of the last check, shown once the field is touched.
    void setError(const QString &message);
    // Shows or hides the field, leaving the widget alone when it is already
    // so; says whether it changed.
    bool setShown(bool shown);
    // Gives the focus to the field's first editor widget that takes it.
    void focusEditor();

signals:
    // The requester changed the answer.
    void edited();

private:
    void addLabel(const FormField &field);
    void addSection(const FormField &field);
    void addMutedText(const QString &text);
    void setRefusal(const QString &message);
    void updateMessage();

    QString m_key;
    FormFieldEditor *m_editor = nullptr;
    FormWrappedLabel *m_message = nullptr; // made the first time there is one
    QString m_error;
    QString m_refusal;
    bool m_touched = false;
};
