#include "Transaction.h"

#include "Database.h"
#include "Logging.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

Transaction::Transaction(const Database &database)
    : m_database(database)
{}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::run(const Database &database, const std::function<Status()> &work)
{
    QString error;
    Transaction transaction(database);
    if (!transaction.begin(&error))
        return Status::failure(error);
    if (const Status status = work(); !status)
        return status;
    if (!transaction.commit(&error))
        return Status::failure(error);
    return {};
}

bool Transaction::begin(QString *error)
{
    // SQLite: take the write lock at once, so two writers queue up instead of
    // failing when both try to upgrade a read lock.
    const QString statement = m_database.isPostgres() ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s;
    m_active = run(statement, error);
    return m_active;
}

bool Transaction::commit(QString *error)
{
    if (!m_active)
        return false;
    m_active = false;
    if (run(u"COMMIT"_s, error))
        return true;
    QString ignored;
    run(u"ROLLBACK"_s, &ignored);
    return false;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QString error;
    if (!run(u"ROLLBACK"_s, &error))
        qCWarning(lcStorage) << "rollback failed:" << error;
}

bool Transaction::run(const QString &statement, QString *error)
{
    QSqlQuery q = m_database.query();
    if (q.exec(statement))
        return true;
    *error = Database::errorText(q.lastError());
    return false;
}
