#pragma once

#include "TestDatabase.h"
#include "catalog/CatalogStore.h"
#include "catalog/Service.h"
#include "people/Session.h"
#include "requests/RequestStore.h"
#include "sla/SlaPolicyStore.h"
#include "storage/Database.h"

#include <QDateTime>
#include <memory>

// A database ready for requests, for the tests of the SLA clock and the
// workflow: the default calendars, a technician signed in, a category, an
// SLA policy "Standard" on "Office hours" with the default targets, and a
// request store whose clock the test sets.
class RequestFixture
{
public:
    // Check ok() after construction: it fails the test with the reason.
    explicit RequestFixture(const QString &backend);
    ~RequestFixture();

    bool ok() const { return m_ok; }
    const Database &database() const { return *m_database; }
    CatalogStore &catalog() { return *m_catalog; }
    SlaPolicyStore &policies() { return *m_policies; }
    RequestStore &requests() { return *m_requests; }
    const Session &session() const { return m_session; }
    qint64 policyId() const { return m_policyId; }
    qint64 calendarId() const { return m_calendarId; }
    // The time the request store acts at.
    void setNow(const QDateTime &now) { m_now = now; }

    // A person with these roles, 0 on failure.
    qint64 createPerson(const QString &login, Person::Roles roles, qint64 teamId = 0,
                        qint64 managerId = 0);
    // A session for that person, as the program would open it.
    Session sessionOf(qint64 personId) const;
    qint64 createTeam(const QString &name, qint64 leadId);
    // 0 on failure, with a warning saying why.
    qint64 createService(const QString &name, qint64 policyId, bool approval = false, int delay = 0,
                         Service::DelayUnit unit = Service::DelayUnit::Days, qint64 teamId = 0);
    // The service as given, in the fixture's category.
    qint64 createService(Service service);
    // Submits an empty form at the given instant; 0 on failure.
    qint64 submit(qint64 serviceId, const QDateTime &when);
    // Runs a statement with bound values; false on failure, with a warning.
    bool exec(const QString &sql, const QVariantList &values = {}) const;
    // The single integer an SQL query returns, -1 on failure.
    qint64 number(const QString &sql, const QVariantList &values = {}) const;

    static QDateTime at(const QString &iso);

private:
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CatalogStore> m_catalog;
    std::unique_ptr<SlaPolicyStore> m_policies;
    std::unique_ptr<RequestStore> m_requests;
    Session m_session;
    qint64 m_categoryId = 0;
    qint64 m_policyId = 0;
    qint64 m_calendarId = 0;
    QDateTime m_now;
    bool m_ok = false;
};
