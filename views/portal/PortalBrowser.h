#pragma once

#include <QWidget>

class CatalogStore;
class CatalogTreeModel;
class EmptyState;
class IconProxyModel;
class PortalCategoryFilter;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTimer;
class QTreeView;
class ServiceCardModel;
class ServiceCardView;
class ServiceSearch;

// The requester's way into the catalog: the categories that hold active
// services on the left; on the right a search box over the services, and
// the services of the selected category, or the search results, as cards.
class PortalBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit PortalBrowser(const CatalogStore &catalog, QWidget *parent = nullptr);

    // Selects the category (and clears the search); false when it holds no
    // active service or does not exist.
    bool selectCategory(qint64 id);
    // Searches at once, as if typed.
    void search(const QString &text);
    void focusSearch();
    // Puts the focus back on the cards (after a service page), else on the
    // search box.
    void focusCards();

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

signals:
    void serviceOpened(qint64 serviceId);

private:
    QWidget *createTreeSide();
    QWidget *createCardSide();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void searchTextEdited();
    void showSelection();
    void showCategory(qint64 id);
    void showResults(const QString &text);
    void showEmpty(const QString &title, const QString &detail);
    void rememberSelection();
    void restoreSelection();
    void selectFirstCategory();
    qint64 selectedCategory() const;

    const CatalogStore &m_catalog;
    ServiceSearch *m_search = nullptr;
    CatalogTreeModel *m_model = nullptr;
    PortalCategoryFilter *m_filter = nullptr;
    IconProxyModel *m_icons = nullptr;
    ServiceCardModel *m_cards = nullptr;

    QSplitter *m_splitter = nullptr;
    QTreeView *m_tree = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTimer *m_searchDelay = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_count = nullptr;
    QStackedWidget *m_cardStack = nullptr;
    ServiceCardView *m_cardView = nullptr;
    EmptyState *m_emptyState = nullptr;
    // The category shown before a reload of the catalog, selected again after.
    qint64 m_rememberedCategory = 0;
    bool m_restoring = false;
};
