#pragma once

#include "FormFieldEditor.h"

#include <QLocale>
#include <optional>

class QLineEdit;

// Number fields: a line that takes digits, a sign and, unless the field wants
// a whole number, the decimal separator of the requester's locale (or a
// point). The answer is a JSON number; what cannot be read as one stays text,
// for FormValidator to say so.
class FormNumberEditor : public FormFieldEditor
{
    Q_OBJECT

public:
    explicit FormNumberEditor(const FormField &field, QWidget *parent = nullptr);

    QJsonValue answer() const override;
    void setAnswer(const QJsonValue &answer) override;
    QList<QWidget *> focusWidgets() const override;

    // "1 234,5" in French, "1234.5" anywhere; nullopt when it is no number.
    static std::optional<double> parse(const QString &text, const QLocale &locale);
    static QString format(double number, const QLocale &locale);

private:
    QLineEdit *m_edit = nullptr;
};
