#pragma once

#include <QString>
#include <optional>
#include <utility>

// The outcome of a store call: a value, or a translated message saying what
// went wrong. Store calls never throw; the caller shows the message.
template <typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    static Result failure(QString message) { return Result(std::move(message), 0); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const QString &error() const { return m_error; }

private:
    Result(QString message, int)
        : m_error(std::move(message))
    {}

    std::optional<T> m_value;
    QString m_error;
};

// A store call that returns nothing but may fail.
class Status
{
public:
    Status() = default;
    static Status failure(QString message) { return Status(std::move(message)); }

    bool ok() const { return m_error.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

    template <typename T> static Status from(const Result<T> &result)
    {
        return result.ok() ? Status() : failure(result.error());
    }

private:
    explicit Status(QString message)
        : m_error(std::move(message))
    {}

    QString m_error;
};
