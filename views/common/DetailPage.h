#pragma once

#include <QScrollArea>

class QFormLayout;
class QLabel;

// A read-only page about one thing: a large icon and title, a muted subtitle,
// a description, then labelled fields grouped in sections. Scrolls when long.
class DetailPage : public QScrollArea
{
    Q_OBJECT

public:
    explicit DetailPage(QWidget *parent = nullptr);

    // Clears the fields and shows a new header; an empty description shows
    // a muted "No description yet."
    void setHeader(const QString &iconName, const QString &title, const QString &subtitle,
                   const QString &description);
    void addSection(const QString &title);
    // The value label gets objectName, so that tests can find it.
    void addField(const QString &label, const QString &value, const QString &objectName);

private:
    void clearFields();

    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_description = nullptr;
    QFormLayout *m_fields = nullptr;
};
