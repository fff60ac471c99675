#pragma once

#include <QLabel>

// A coloured band above a form that explains a recoverable problem: a
// warning in yellow, a refusal in red. Hidden when empty.
class MessageBar : public QLabel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Warning,
        Error,
    };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    void clearMessage();
    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Warning;
};
