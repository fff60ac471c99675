#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;

// A grid of the program's bundled icons with a search box; each icon's name
// is its tooltip. Double-click or OK chooses.
class IconPickerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit IconPickerDialog(const QString &current, QWidget *parent = nullptr);

    QString selectedIcon() const;
    void selectIcon(const QString &name);

    // Every icon name under :/icons, sorted.
    static QStringList iconNames();

private:
    void applyFilter(const QString &text);

    QLineEdit *m_search = nullptr;
    QListWidget *m_grid = nullptr;
};
