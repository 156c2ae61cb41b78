#pragma once

#include "storage/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace debrief {

class Database;

/// Copies a whole notebook into an empty one, keeping every id, in one transaction on the
/// target: "publish my notebook to the team" (SQLite → PostgreSQL) and "take an offline
/// copy" (PostgreSQL → SQLite). Row counts are compared afterwards; any difference rolls
/// the copy back.
class NotebookCopier
{
    Q_DECLARE_TR_FUNCTIONS(debrief::NotebookCopier)
public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };

    /// Returns the rows copied per table.
    static Result<QList<TableCount>> copy(Database &source, Database &target);

    /// Rows per table of @p database, in copy order.
    static Result<QList<TableCount>> count(Database &database);
};

} // namespace debrief
