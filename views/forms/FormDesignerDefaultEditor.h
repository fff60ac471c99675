#pragma once

#include "forms/FormField.h"

#include <QJsonValue>
#include <QWidget>

class FormDesignerDateEdit;
class FormDesignerNumberEdit;
class QComboBox;
class QLineEdit;
class QListWidget;

// The default answer of a field, edited the way the field is answered: text,
// a number, one or several of its choices, yes or no, a date. Undefined for
// none; the form check says when a default breaks the field's rules.
class FormDesignerDefaultEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FormDesignerDefaultEditor(QWidget *parent = nullptr);

    void setField(const FormField &field);
    QJsonValue value() const;
    // Whether a field of this type has a default to edit.
    static bool applies(FormField::Type type);

signals:
    void edited(const QJsonValue &value);
    void problemChanged(const QString &problem);

private:
    void showOnly(QWidget *widget);
    void fillCombo(const FormField &field);
    void fillChecks(const FormField &field);

    FormField::Type m_type = FormField::Type::Text;
    QLineEdit *m_text = nullptr;
    FormDesignerNumberEdit *m_number = nullptr;
    QComboBox *m_combo = nullptr;
    QListWidget *m_checks = nullptr;
    FormDesignerDateEdit *m_date = nullptr;
    FormDesignerDateEdit *m_dateTime = nullptr;
};
