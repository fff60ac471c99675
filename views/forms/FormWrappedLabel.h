#pragma once

#include <QLabel>

// A word-wrapped plain-text label that remembers its height for the last
// few widths. Qt's layouts ask a wrapped label its height for a width many
// times over (once more for the minimum height, and again at each width the
// scroll area tries) and QLabel lays its text out anew each time: in a form
// of hundreds of fields, showing one field would lay out every text again.
class FormWrappedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit FormWrappedLabel(const QString &text, QWidget *parent = nullptr);

    // Hides QLabel::setText to forget the heights; the label is only ever
    // given text through this class.
    void setText(const QString &text);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Height
    {
        int width = -1;
        int height = 0;
    };
    mutable Height m_heights[4];
    mutable int m_next = 0;

    void forget();
};
