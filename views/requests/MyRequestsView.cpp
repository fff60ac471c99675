#include "MyRequestsView.h"

#include "RequestDetailView.h"
#include "SlaMarkDelegate.h"
#include "common/EmptyState.h"
#include "requests/MyRequestsModel.h"
#include "requests/RequestStore.h"
#include "requests/RequestWorkflow.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int sideMargin = 8;
constexpr int initialListWidth = 700;
constexpr int initialDetailWidth = 500;
} // namespace

MyRequestsView::MyRequestsView(const Database &database, const RequestStore &store,
                               RequestWorkflow &workflow, const PeopleStore &people,
                               const Session *session, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"myRequestsView"_s);
    m_model = new MyRequestsModel(database, session, this);
    m_detail = new RequestDetailView(database, store, workflow, people, session);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(u"myRequestsSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(createListSide());
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({initialListWidth, initialDetailWidth});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, sideMargin, 0);
    layout->addWidget(m_splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MyRequestsView::showSelection);
    connect(&store, &RequestStore::requestsChanged, m_model, &MyRequestsModel::refresh);
    connect(&workflow, &RequestWorkflow::requestChanged, m_model, &MyRequestsModel::refresh);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MyRequestsView::updatePlaceholder);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MyRequestsView::updatePlaceholder);
    connect(m_model, &MyRequestsModel::loadFailed, this, &MyRequestsView::updatePlaceholder);
    updatePlaceholder();
}

QWidget *MyRequestsView::createListSide()
{
    m_filter = new QComboBox;
    m_filter->setObjectName(u"statusFilter"_s);
    m_filter->addItem(tr("All requests"), int(MyRequestsModel::Filter::All));
    m_filter->addItem(tr("Open requests"), int(MyRequestsModel::Filter::Open));
    m_filter->addItem(tr("Closed requests"), int(MyRequestsModel::Filter::Closed));
    auto *filterLabel = new QLabel(tr("&Show:"));
    filterLabel->setBuddy(m_filter);

    m_table = new QTableView;
    m_table->setObjectName(u"requestTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(MyRequestsModel::ServiceColumn,
                                                      QHeaderView::Stretch);
    m_table->setItemDelegateForColumn(MyRequestsModel::DueColumn, new SlaMarkDelegate(m_table));
    // The model sorts in SQL; the indicator starts on its own order.
    m_table->horizontalHeader()->setSortIndicator(MyRequestsModel::CreatedColumn,
                                                  Qt::DescendingOrder);
    m_table->setSortingEnabled(true);

    m_placeholder = new EmptyState(u"document"_s);
    m_placeholder->setObjectName(u"myRequestsPlaceholder"_s);
    m_listStack = new QStackedWidget;
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_placeholder);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addStretch();
    auto *side = new QWidget;
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(sideMargin, sideMargin, 0, sideMargin);
    layout->addLayout(filterRow);
    layout->addWidget(m_listStack, 1);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &MyRequestsView::applyFilter);
    return side;
}

void MyRequestsView::applyFilter(int comboIndex)
{
    m_model->setFilter(MyRequestsModel::Filter(m_filter->itemData(comboIndex).toInt()));
    updatePlaceholder();
}

bool MyRequestsView::showRequest(qint64 requestId)
{
    int row = m_model->loadUntil(requestId);
    if (row < 0 && m_model->filter() != MyRequestsModel::Filter::All) {
        m_filter->setCurrentIndex(m_filter->findData(int(MyRequestsModel::Filter::All)));
        row = m_model->loadUntil(requestId);
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, MyRequestsModel::TrackingColumn);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void MyRequestsView::showSelection()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_detail->showNothing();
        return;
    }
    m_detail->showRequest(rows.first().data(MyRequestsModel::IdRole).toLongLong());
}

void MyRequestsView::updatePlaceholder()
{
    if (m_model->rowCount() > 0) {
        m_listStack->setCurrentWidget(m_table);
        return;
    }
    if (!m_model->errorText().isEmpty())
        m_placeholder->setMessage(tr("Your requests cannot be read"), m_model->errorText());
    else if (m_model->filter() == MyRequestsModel::Filter::All)
        m_placeholder->setMessage(tr("No requests yet"),
                                  tr("What you ask for in the self-service portal shows here, "
                                     "with where it stands."));
    else
        m_placeholder->setMessage(tr("Nothing here"),
                                  tr("None of your requests matches this filter."));
    m_listStack->setCurrentWidget(m_placeholder);
}
