#pragma once

#include <QLineEdit>
#include <optional>

// An optional number typed in the reader's way ("1 234,5" in French) or the
// C way; empty for none. Text that is no number is marked and changes
// nothing.
class FormDesignerNumberEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit FormDesignerNumberEdit(QWidget *parent = nullptr);

    void setValue(std::optional<double> value);
    std::optional<double> value() const { return m_value; }
    bool isAcceptable() const { return m_acceptable; }
    // Why the text is refused; empty when it is not.
    const QString &problem() const { return m_problem; }

    static std::optional<double> parse(const QString &text, bool *ok);

signals:
    void valueEdited(std::optional<double> value);
    void problemChanged(const QString &problem);

private:
    void textWasEdited(const QString &text);
    void markAcceptable(bool acceptable);

    std::optional<double> m_value;
    bool m_acceptable = true;
    QString m_problem;
};
