#include "TestDatabase.h"
#include "catalog/CatalogStore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// Undo of a delete: a category or service comes back with its own id, under
// the rules of a creation, on every backend.
class CatalogRestoreTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void restoresCategoryWithItsId_data() { TestDatabase::addBackendColumn(); }
    void restoresCategoryWithItsId();
    void restoresCategoryTree_data() { TestDatabase::addBackendColumn(); }
    void restoresCategoryTree();
    void refusesCategoryRestoreAgainstRules_data() { TestDatabase::addBackendColumn(); }
    void refusesCategoryRestoreAgainstRules();
    void restoresServiceWithItsIdAndForm_data() { TestDatabase::addBackendColumn(); }
    void restoresServiceWithItsIdAndForm();
    void refusesServiceRestoreAgainstRules_data() { TestDatabase::addBackendColumn(); }
    void refusesServiceRestoreAgainstRules();

private:
    Category category(const QString &name, qint64 parentId = 0) const;
    Service service(const QString &name, qint64 categoryId) const;
    qint64 count(const QString &sql) const;

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CatalogStore> m_store;
};

void CatalogRestoreTest::init()
{
    QFETCH(QString, backend);
    m_test = std::make_unique<TestDatabase>(backend);
    m_database = m_test->open();
    QVERIFY(m_database);
    m_store = std::make_unique<CatalogStore>(*m_database);
}

void CatalogRestoreTest::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_test.reset();
}

Category CatalogRestoreTest::category(const QString &name, qint64 parentId) const
{
    Category category;
    category.name = name;
    category.parentId = parentId;
    category.description = u"About %1"_s.arg(name);
    category.icon = u"laptop"_s;
    category.displayOrder = 2;
    return category;
}

Service CatalogRestoreTest::service(const QString &name, qint64 categoryId) const
{
    Service service;
    service.name = name;
    service.categoryId = categoryId;
    service.keywords = {u"remote"_s};
    service.estimatedDelayAmount = 2;
    return service;
}

qint64 CatalogRestoreTest::count(const QString &sql) const
{
    QSqlQuery q = m_database->query();
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void CatalogRestoreTest::restoresCategoryWithItsId()
{
    m_store->createCategory(category(u"First"_s));
    Category deleted = category(u"Hardware"_s);
    const auto id = m_store->createCategory(deleted);
    QVERIFY2(id, qPrintable(id.error()));
    deleted.id = *id;
    QVERIFY(m_store->deleteCategory(*id));

    // A category created meanwhile never takes the deleted one's id (SQLite
    // would reuse the highest id by itself).
    const auto next = m_store->createCategory(category(u"Software"_s));
    QVERIFY2(next, qPrintable(next.error()));
    QVERIFY(*next > *id);

    QSignalSpy changed(m_store.get(), &CatalogStore::catalogChanged);
    const auto restored = m_store->restoreCategory(deleted);
    QVERIFY2(restored, qPrintable(restored.error()));
    QCOMPARE(*restored, *id);
    QCOMPARE(*m_store->category(*id), deleted);
    QCOMPARE(changed.count(), 1);

    // The database keeps issuing fresh ids after an explicit one.
    const auto last = m_store->createCategory(category(u"Network"_s));
    QVERIFY2(last, qPrintable(last.error()));
    QVERIFY(*last > *next);
}

void CatalogRestoreTest::restoresCategoryTree()
{
    const auto topId = m_store->createCategory(category(u"Access"_s));
    QVERIFY(topId);
    Category top = *m_store->category(*topId);
    const auto childId = m_store->createCategory(category(u"Remote"_s, *topId));
    QVERIFY(childId);
    Category child = *m_store->category(*childId);
    QVERIFY(m_store->deleteCategory(*childId));
    QVERIFY(m_store->deleteCategory(*topId));

    // Undo restores in the reverse order of the deletes: parent first.
    QVERIFY(!m_store->restoreCategory(child));
    QVERIFY(m_store->restoreCategory(top));
    const auto restored = m_store->restoreCategory(child);
    QVERIFY2(restored, qPrintable(restored.error()));
    QCOMPARE(m_store->category(*childId)->parentId, *topId);
}

void CatalogRestoreTest::refusesCategoryRestoreAgainstRules()
{
    const auto id = m_store->createCategory(category(u"Hardware"_s));
    QVERIFY(id);
    Category existing = *m_store->category(*id);
    QSignalSpy changed(m_store.get(), &CatalogStore::catalogChanged);

    // Its id is still in use.
    const auto taken = m_store->restoreCategory(existing);
    QVERIFY(!taken);
    QVERIFY2(taken.error().contains(QString::number(*id)), qPrintable(taken.error()));

    // A sibling took its name meanwhile.
    QVERIFY(m_store->deleteCategory(*id));
    QVERIFY(m_store->createCategory(category(u"hardware"_s)));
    const auto clash = m_store->restoreCategory(existing);
    QVERIFY(!clash);
    QVERIFY2(clash.error().contains(u"already named"_s), qPrintable(clash.error()));

    Category noId = existing;
    noId.id = 0;
    QVERIFY(!m_store->restoreCategory(noId));
    QCOMPARE(count(u"SELECT COUNT(*) FROM categories"_s), 1);
    // Only the delete and the new category changed the catalog.
    QCOMPARE(changed.count(), 2);
}

void CatalogRestoreTest::restoresServiceWithItsIdAndForm()
{
    const auto categoryId = m_store->createCategory(category(u"Access"_s));
    QVERIFY(categoryId);
    const auto id = m_store->createService(service(u"VPN access"_s, *categoryId));
    QVERIFY2(id, qPrintable(id.error()));
    Service changed = *m_store->service(*id);
    changed.formSchema = {{u"fields"_s, QJsonArray{QJsonObject{{u"key"_s, u"reason"_s},
                                                               {u"type"_s, u"text"_s},
                                                               {u"label"_s, u"Reason"_s}}}}};
    QVERIFY(m_store->updateService(changed));
    const Service deleted = *m_store->service(*id);
    QCOMPARE(deleted.formVersion, 2);
    QVERIFY(m_store->deleteService(*id));
    const auto next = m_store->createService(service(u"Wi-Fi access"_s, *categoryId));
    QVERIFY2(next, qPrintable(next.error()));
    QVERIFY(*next > *id);

    const auto restored = m_store->restoreService(deleted);
    QVERIFY2(restored, qPrintable(restored.error()));
    QCOMPARE(*restored, *id);
    QCOMPARE(*m_store->service(*id), deleted);
    QCOMPARE(
        count(
            u"SELECT COUNT(*) FROM form_versions WHERE service_id = %1 AND version = 2"_s.arg(*id)),
        1);

    const auto last = m_store->createService(service(u"Printer"_s, *categoryId));
    QVERIFY2(last, qPrintable(last.error()));
    QVERIFY(*last > *next);
}

void CatalogRestoreTest::refusesServiceRestoreAgainstRules()
{
    const auto categoryId = m_store->createCategory(category(u"Access"_s));
    QVERIFY(categoryId);
    const auto id = m_store->createService(service(u"VPN access"_s, *categoryId));
    QVERIFY(id);
    const Service existing = *m_store->service(*id);

    QVERIFY(!m_store->restoreService(existing));

    // Its category is gone.
    QVERIFY(m_store->deleteService(*id));
    QVERIFY(m_store->deleteCategory(*categoryId));
    const auto orphan = m_store->restoreService(existing);
    QVERIFY(!orphan);
    QVERIFY2(orphan.error().contains(QString::number(*categoryId)), qPrintable(orphan.error()));
    QCOMPARE(count(u"SELECT COUNT(*) FROM services"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM form_versions"_s), 0);
}

QTEST_GUILESS_MAIN(CatalogRestoreTest)
#include "tst_catalogrestore.moc"
