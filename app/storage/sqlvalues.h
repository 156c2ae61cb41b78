#pragma once

// Conversions between model values and the portable column types (ISO 8601 UTC text for
// times, YYYY-MM-DD for dates, typed NULLs for missing values). Internal to app/storage.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

namespace debrief::sql {

[[nodiscard]] inline QVariant time(const QDateTime &value)
{
    if (!value.isValid())
        return QVariant(); // SQL NULL
    return value.toUTC().toString(Qt::ISODateWithMs);
}

[[nodiscard]] inline QDateTime toTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(value.toString(), Qt::ISODate);
    return parsed.toLocalTime();
}

[[nodiscard]] inline QVariant date(const QDate &value)
{
    if (!value.isValid())
        return QVariant(); // SQL NULL
    return value.toString(Qt::ISODate);
}

[[nodiscard]] inline QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

[[nodiscard]] inline QVariant id(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

[[nodiscard]] inline std::optional<qint64> toId(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

/// The current time (milliseconds are stored, so what is read back compares equal).
[[nodiscard]] inline QDateTime now()
{
    return QDateTime::currentDateTime();
}

} // namespace debrief::sql
