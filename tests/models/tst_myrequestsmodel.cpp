#include "RequestActors.h"
#include "requests/MyRequestsModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QTest>

using namespace Qt::StringLiterals;
using Filter = MyRequestsModel::Filter;

// A requester's own requests on every backend: only theirs, newest first,
// read a window at a time, filtered by open or closed status, sorted in
// SQL, and refreshed without losing the selected request.
class MyRequestsModelTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsOnlyMyRequestsNewestFirst_data() { TestDatabase::addBackendColumn(); }
    void listsOnlyMyRequestsNewestFirst();
    void fetchesInWindows_data() { TestDatabase::addBackendColumn(); }
    void fetchesInWindows();
    void filtersByStatus_data();
    void filtersByStatus();
    void sortsInSql_data() { TestDatabase::addBackendColumn(); }
    void sortsInSql();
    void keepsTheSelectionOnRefresh_data() { TestDatabase::addBackendColumn(); }
    void keepsTheSelectionOnRefresh();
    void showsDueDatesAndLastUpdates_data() { TestDatabase::addBackendColumn(); }
    void showsDueDatesAndLastUpdates();

private:
    QStringList column(const MyRequestsModel &model, int column) const;
    std::unique_ptr<MyRequestsModel> modelFor(qint64 personId);

    std::unique_ptr<RequestFixture> m_fixture;
    std::unique_ptr<RequestActors> m_actors;
    qint64 m_manager = 0;
    qint64 m_lea = 0;
    qint64 m_sam = 0;
    qint64 m_technician = 0;
    qint64 m_plain = 0;    // SLA policy, no approval
    qint64 m_approved = 0; // the manager approves
    qint64 m_estimate = 0; // no policy, "2 days"
};

void MyRequestsModelTest::init()
{
    QFETCH(QString, backend);
    m_fixture = std::make_unique<RequestFixture>(backend);
    QVERIFY(m_fixture->ok());
    m_actors = std::make_unique<RequestActors>(*m_fixture);
    using Role = Person::Role;
    m_manager = m_fixture->createPerson(u"manager"_s, Role::Requester | Role::Approver);
    m_lea = m_fixture->createPerson(u"lea"_s, Role::Requester, 0, m_manager);
    m_sam = m_fixture->createPerson(u"sam"_s, Role::Requester, 0, m_manager);
    m_technician = m_fixture->createPerson(u"ana"_s, Role::Requester | Role::Technician);
    m_plain = m_fixture->createService(u"Password reset"_s, m_fixture->policyId());
    m_approved = m_fixture->createService(u"New PC"_s, m_fixture->policyId(), true);
    m_estimate = m_fixture->createService(u"Badge"_s, 0, false, 2);
    QVERIFY(m_manager && m_lea && m_sam && m_technician && m_plain && m_approved && m_estimate);
}

void MyRequestsModelTest::cleanup()
{
    m_actors.reset();
    m_fixture.reset();
}

std::unique_ptr<MyRequestsModel> MyRequestsModelTest::modelFor(qint64 personId)
{
    auto model =
        std::make_unique<MyRequestsModel>(m_fixture->database(), &m_actors->session(personId));
    RequestActors *actors = m_actors.get();
    model->setClock([actors] { return actors->later(0); });
    model->refresh();
    return model;
}

QStringList MyRequestsModelTest::column(const MyRequestsModel &model, int column) const
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

void MyRequestsModelTest::listsOnlyMyRequestsNewestFirst()
{
    const qint64 first = m_actors->submitAs(m_lea, m_plain);
    m_actors->later(60);
    const qint64 theirs = m_actors->submitAs(m_sam, m_plain);
    m_actors->later(60);
    const qint64 second = m_actors->submitAs(m_lea, m_approved);
    QVERIFY(first && theirs && second);

    const auto model = modelFor(m_lea);
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 0).data(MyRequestsModel::IdRole).toLongLong(), second);
    QCOMPARE(model->index(1, 0).data(MyRequestsModel::IdRole).toLongLong(), first);
    QCOMPARE(column(*model, MyRequestsModel::TrackingColumn),
             (QStringList{RequestStore::trackingNumberFor(second),
                          RequestStore::trackingNumberFor(first)}));
    QCOMPARE(column(*model, MyRequestsModel::ServiceColumn),
             (QStringList{u"New PC"_s, u"Password reset"_s}));
    QCOMPARE(column(*model, MyRequestsModel::StatusColumn),
             (QStringList{u"Waiting for approval"_s, u"New"_s}));
    QCOMPARE(model->index(0, MyRequestsModel::StatusColumn).data(MyRequestsModel::StatusRole),
             u"pending_approval"_s);
    QVERIFY(!model->canFetchMore({}));

    // Nobody signed in: nothing, rather than everybody's requests.
    const Session nobody;
    MyRequestsModel anonymous(m_fixture->database(), &nobody);
    QCOMPARE(anonymous.rowCount(), 0);
}

void MyRequestsModelTest::fetchesInWindows()
{
    QList<qint64> ids;
    for (int i = 0; i < 25; ++i) {
        m_actors->later(5);
        ids.prepend(m_actors->submitAs(m_lea, m_plain));
    }
    const auto model = modelFor(m_lea);
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setPageSize(10);
    QCOMPARE(model->rowCount(), 10);
    QVERIFY(model->canFetchMore({}));
    model->fetchMore({});
    QCOMPARE(model->rowCount(), 20);
    model->fetchMore({});
    QCOMPARE(model->rowCount(), 25);
    QVERIFY(!model->canFetchMore({}));
    for (int row = 0; row < ids.size(); ++row)
        QCOMPARE(model->index(row, 0).data(MyRequestsModel::IdRole).toLongLong(), ids.at(row));

    // A request arriving between two windows is listed once, not twice.
    model->setPageSize(10);
    m_actors->later(5);
    const qint64 newest = m_actors->submitAs(m_lea, m_plain);
    model->fetchMore({});
    QCOMPARE(model->rowCount(), 19);
    QCOMPARE(model->rowOf(newest), -1);
    // A refresh reads as many rows as were loaded: the newest on top.
    model->refresh();
    QCOMPARE(model->rowCount(), 19);
    QCOMPARE(model->rowOf(newest), 0);
    QVERIFY(model->canFetchMore({}));
    QCOMPARE(model->loadUntil(ids.last()), 25);
    QVERIFY(!model->canFetchMore({}));
}

void MyRequestsModelTest::filtersByStatus_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("filter");
    QTest::addColumn<QStringList>("statuses");
    const QStringList backends = TestDatabase::postgresAvailable()
                                     ? QStringList{u"sqlite"_s, u"postgresql"_s}
                                     : QStringList{u"sqlite"_s};
    for (const QString &backend : backends) {
        QTest::addRow("%s, open", qPrintable(backend))
            << backend << int(Filter::Open)
            << QStringList{u"in_progress"_s, u"pending_approval"_s, u"new"_s};
        QTest::addRow("%s, closed", qPrintable(backend))
            << backend << int(Filter::Closed)
            << QStringList{u"done"_s, u"rejected"_s, u"cancelled"_s};
        QTest::addRow("%s, all", qPrintable(backend))
            << backend << int(Filter::All)
            << QStringList{u"done"_s,        u"rejected"_s,         u"cancelled"_s,
                           u"in_progress"_s, u"pending_approval"_s, u"new"_s};
    }
}

void MyRequestsModelTest::filtersByStatus()
{
    QFETCH(int, filter);
    QFETCH(QStringList, statuses);

    // Oldest first: new, pending, in progress, cancelled, rejected, done.
    QVERIFY(m_actors->submitAs(m_lea, m_plain));
    m_actors->later();
    QVERIFY(m_actors->submitAs(m_lea, m_approved));
    m_actors->later();
    const qint64 taken = m_actors->submitAs(m_lea, m_plain);
    QVERIFY(m_actors->as(m_technician).take(taken));
    m_actors->later();
    const qint64 cancelled = m_actors->submitAs(m_lea, m_plain);
    QVERIFY(m_actors->as(m_lea).cancel(cancelled));
    m_actors->later();
    const qint64 rejected = m_actors->submitAs(m_lea, m_approved);
    QVERIFY(m_actors->as(m_manager).reject(rejected, u"Not this year."_s));
    m_actors->later();
    const qint64 done = m_actors->submitAs(m_lea, m_plain);
    QVERIFY(m_actors->as(m_technician).take(done));
    QVERIFY(m_actors->as(m_technician).complete(done, u"Reset."_s));

    const auto model = modelFor(m_lea);
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setFilter(Filter(filter));
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown << model->index(row, 0).data(MyRequestsModel::StatusRole).toString();
    QCOMPARE(shown, statuses);
}

void MyRequestsModelTest::sortsInSql()
{
    const qint64 reset = m_actors->submitAs(m_lea, m_plain);
    m_actors->later();
    const qint64 pc = m_actors->submitAs(m_lea, m_approved);
    m_actors->later();
    const qint64 badge = m_actors->submitAs(m_lea, m_estimate);
    const auto model = modelFor(m_lea);
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto ids = [&] {
        QList<qint64> list;
        for (int row = 0; row < model->rowCount(); ++row)
            list << model->index(row, 0).data(MyRequestsModel::IdRole).toLongLong();
        return list;
    };
    QCOMPARE(ids(), (QList<qint64>{badge, pc, reset}));
    model->sort(MyRequestsModel::ServiceColumn, Qt::AscendingOrder);
    QCOMPARE(column(*model, MyRequestsModel::ServiceColumn),
             (QStringList{u"Badge"_s, u"New PC"_s, u"Password reset"_s}));
    model->sort(MyRequestsModel::TrackingColumn, Qt::AscendingOrder);
    QCOMPARE(ids(), (QList<qint64>{reset, pc, badge}));
    // Workflow order: new before waiting for approval.
    model->sort(MyRequestsModel::StatusColumn, Qt::DescendingOrder);
    QCOMPARE(ids().first(), pc);
    // Waiting for approval has no date yet: last either way.
    model->sort(MyRequestsModel::DueColumn, Qt::AscendingOrder);
    QCOMPARE(ids().last(), pc);
    model->sort(MyRequestsModel::DueColumn, Qt::DescendingOrder);
    QCOMPARE(ids().last(), pc);
    model->sort(MyRequestsModel::CreatedColumn, Qt::DescendingOrder);
    QCOMPARE(ids(), (QList<qint64>{badge, pc, reset}));
}

void MyRequestsModelTest::keepsTheSelectionOnRefresh()
{
    const qint64 older = m_actors->submitAs(m_lea, m_plain);
    m_actors->later();
    const qint64 chosen = m_actors->submitAs(m_lea, m_approved);
    m_actors->later();
    const qint64 gone = m_actors->submitAs(m_lea, m_approved);
    const auto model = modelFor(m_lea);
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setFilter(Filter::Open);
    QItemSelectionModel selection(model.get());
    selection.select(model->index(model->rowOf(chosen), 0),
                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(model->rowOf(chosen), 1);

    // A new request above it, one below it gone: it is still the one selected.
    m_actors->later();
    const qint64 newest = m_actors->submitAs(m_lea, m_plain);
    QVERIFY(m_actors->as(m_lea).cancel(gone));
    model->refresh();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->rowOf(newest), 0);
    QCOMPARE(model->rowOf(gone), -1);
    const QModelIndexList selected = selection.selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(MyRequestsModel::IdRole).toLongLong(), chosen);

    // Sorting keeps it too, and the row's values follow the database.
    QVERIFY(m_actors->as(m_manager).approve(chosen));
    model->sort(MyRequestsModel::TrackingColumn, Qt::AscendingOrder);
    QCOMPARE(model->rowOf(older), 0);
    QCOMPARE(selection.selectedRows().first().data(MyRequestsModel::IdRole).toLongLong(), chosen);
    QCOMPARE(selection.selectedRows().first().siblingAtColumn(MyRequestsModel::StatusColumn).data(),
             u"Approved"_s);
}

void MyRequestsModelTest::showsDueDatesAndLastUpdates()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const qint64 firm = m_actors->submitAs(m_lea, m_plain);
    const qint64 estimate = m_actors->submitAs(m_lea, m_estimate);
    const qint64 waiting = m_actors->submitAs(m_lea, m_approved);
    const auto model = modelFor(m_lea);
    const auto cell = [&](qint64 id, int column, int role = Qt::DisplayRole) {
        return model->index(model->rowOf(id), column).data(role);
    };
    QCOMPARE(cell(firm, MyRequestsModel::DueColumn, MyRequestsModel::SlaStateRole), u"on_track"_s);
    QVERIFY(!cell(firm, MyRequestsModel::DueColumn).toString().isEmpty());
    QVERIFY(
        cell(firm, MyRequestsModel::DueColumn, Qt::ToolTipRole).toString().startsWith(u"Due"_s));
    QVERIFY(cell(estimate, MyRequestsModel::DueColumn, Qt::ToolTipRole)
                .toString()
                .startsWith(u"Expected"_s));
    QCOMPARE(cell(waiting, MyRequestsModel::DueColumn), u"Not yet"_s);
    QCOMPARE(cell(waiting, MyRequestsModel::DueColumn, MyRequestsModel::SlaStateRole), u"none"_s);

    // An external comment is news for the requester; an internal one is not.
    const QDateTime submitted =
        cell(firm, MyRequestsModel::UpdatedColumn, MyRequestsModel::SortValueRole).toDateTime();
    const QDateTime commented = m_actors->later(30);
    QVERIFY(m_actors->as(m_technician)
                .addComment(firm, u"On it."_s, RequestComment::Visibility::External));
    m_actors->later(30);
    QVERIFY(m_actors->as(m_technician)
                .addComment(firm, u"Odd account."_s, RequestComment::Visibility::Internal));
    model->refresh();
    QCOMPARE(submitted, m_actors->later(0).addSecs(-3600));
    QCOMPARE(
        cell(firm, MyRequestsModel::UpdatedColumn, MyRequestsModel::SortValueRole).toDateTime(),
        commented);
    QCOMPARE(cell(firm, MyRequestsModel::UpdatedColumn),
             QLocale().toString(commented.toLocalTime().date(), QLocale::ShortFormat));
    QCOMPARE(cell(firm, MyRequestsModel::UpdatedColumn, Qt::ToolTipRole),
             QLocale().toString(commented.toLocalTime(), QLocale::ShortFormat));

    // A withdrawn request has no date to wait for.
    QVERIFY(m_actors->as(m_lea).cancel(estimate));
    model->refresh();
    QCOMPARE(cell(estimate, MyRequestsModel::DueColumn), u"—"_s);
    QCOMPARE(cell(estimate, MyRequestsModel::DueColumn, Qt::ToolTipRole), QVariant());
}

QTEST_GUILESS_MAIN(MyRequestsModelTest)
#include "tst_myrequestsmodel.moc"
