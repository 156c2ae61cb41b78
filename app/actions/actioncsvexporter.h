#pragma once

#include "actions/ownernames.h"
#include "model/actionitem.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QStringList>

namespace debrief {

/// Writes actions as CSV (RFC 4180: CRLF records, fields quoted when they hold a comma,
/// quote or line break, quotes doubled), UTF-8 without a byte-order mark, with a header row
/// and a fixed column order that scripts can rely on. Statuses and priorities use their
/// storage spellings and times are UTC ISO 8601, so the file reads the same in any locale.
class ActionCsvExporter
{
public:
    /// The header row, in order.
    [[nodiscard]] static QStringList columns();
    /// @p today decides the "overdue" column.
    [[nodiscard]] static QByteArray toCsv(const QList<ActionItem> &items, const OwnerNames &owners, const QDate &today);
    /// One field, quoted if it needs to be.
    [[nodiscard]] static QString field(const QString &value);
};

} // namespace debrief
