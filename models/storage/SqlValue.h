#pragma once

#include <QDateTime>
#include <QVariant>

// Conversions between our values and what both SQL drivers bind and return.
class SqlValue
{
public:
    // 0 means "no reference" in our structs and NULL in the database.
    static QVariant id(qint64 value)
    {
        return value > 0 ? QVariant(value) : QVariant(QMetaType(QMetaType::LongLong));
    }
    static qint64 toId(const QVariant &value) { return value.isNull() ? 0 : value.toLongLong(); }

    // A null QString binds as NULL; our text columns want '' instead.
    static QVariant text(const QString &value)
    {
        return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value.trimmed());
    }

    // SQLite stores times as sortable UTC text; PostgreSQL as timestamptz.
    static QVariant time(const QDateTime &value)
    {
        if (!value.isValid())
            return QVariant(QMetaType(QMetaType::QString));
        return value.toUTC().toString(Qt::ISODateWithMs);
    }
    static QDateTime toTime(const QVariant &value)
    {
        if (value.isNull())
            return {};
        if (value.typeId() == QMetaType::QDateTime)
            return value.toDateTime().toUTC();
        return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
    }
};
