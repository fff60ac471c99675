#pragma once

#include "catalog/Category.h"

#include <QWidget>

class CatalogStore;
class MessageBar;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

// The editor of one category: name, description, parent, icon and display
// order, with problems shown under the fields before saving. A category with
// id 0 is a draft that Save creates.
class CategoryForm : public QWidget
{
    Q_OBJECT

public:
    explicit CategoryForm(const CatalogStore &catalog, QWidget *parent = nullptr);

    // Shows a category; all lists every category, for the parent picker.
    void load(const Category &category, const QList<Category> &all);
    // The category as the fields now say.
    Category category() const;
    const Category &loaded() const { return m_loaded; }
    bool isModified() const;
    bool isValid() const { return m_valid; }

    MessageBar *messageBar() const { return m_messageBar; }

signals:
    void saveRequested();
    void deleteRequested();
    void modifiedChanged();

private:
    void fillParents(const QList<Category> &all);
    void chooseIcon();
    void setIcon(const QString &name);
    void revalidate();

    const CatalogStore &m_catalog;
    Category m_loaded;
    QString m_icon;
    bool m_valid = true;

    MessageBar *m_messageBar = nullptr;
    QLabel *m_title = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameProblem = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_parent = nullptr;
    QToolButton *m_iconButton = nullptr;
    QSpinBox *m_displayOrder = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
};
