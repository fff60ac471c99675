#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class Database;

// One store call, one transaction: begin() at the start, commit() at the
// end; anything that leaves without committing rolls back.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(const Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Runs work in one transaction: committed when it succeeds, rolled back
    // when it fails. Queries made by work must be finished when it returns.
    static Status run(const Database &database, const std::function<Status()> &work);
    template <typename T>
    static Result<T> run(const Database &database, const std::function<Result<T>()> &work)
    {
        std::optional<Result<T>> result;
        const Status status = run(database, [&] {
            result = work();
            return Status::from(*result);
        });
        if (!status)
            return Result<T>::failure(status.error());
        return *result;
    }

    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();

private:
    bool run(const QString &statement, QString *error);

    const Database &m_database;
    bool m_active = false;
};
