#pragma once

#include "forms/FormField.h"

#include <QWidget>
#include <functional>

class FormDesignerDateEdit;
class FormDesignerFormLayout;
class FormDesignerNumberEdit;
class QCheckBox;
class QLineEdit;
class QSpinBox;

// The rules an answer must follow, for the types that have some: limits of a
// number, pattern and lengths of a text, the range of a date, the
// extensions and size of a file. Only the rows of the field's type show.
class FormDesignerRulesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FormDesignerRulesEditor(QWidget *parent = nullptr);

    void setField(const FormField &field);
    static bool applies(FormField::Type type);

signals:
    void edited(const FormField &field, const QString &property);
    void problemChanged(const QString &problem);

private:
    void createNumberRules();
    void createTextRules();
    void createDateRules();
    void createFileRules();
    void showRows(FormField::Type type);
    void change(const QString &property, const std::function<void(FormField &)> &apply);

    FormField m_field;
    bool m_updating = false;
    FormDesignerFormLayout *m_form = nullptr;
    QCheckBox *m_integer = nullptr;
    FormDesignerNumberEdit *m_minimum = nullptr;
    FormDesignerNumberEdit *m_maximum = nullptr;
    QLineEdit *m_pattern = nullptr;
    QLineEdit *m_patternMessage = nullptr;
    QSpinBox *m_minLength = nullptr;
    QSpinBox *m_maxLength = nullptr;
    FormDesignerDateEdit *m_dateMin = nullptr;
    FormDesignerDateEdit *m_dateMax = nullptr;
    QCheckBox *m_notInPast = nullptr;
    QSpinBox *m_minDaysAhead = nullptr;
    QLineEdit *m_extensions = nullptr;
    QSpinBox *m_maxSize = nullptr;
};
