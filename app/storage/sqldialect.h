#pragma once

#include "storage/storageerror.h"

#include <QSqlError>
#include <QString>
#include <QStringList>

namespace debrief {

/// Everything that differs between the SQL engines Debrief stores notebooks in. The rest of
/// the storage code writes portable SQL (TEXT timestamps in ISO 8601 UTC, RETURNING id).
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    [[nodiscard]] virtual QString driverName() const = 0;
    /// Per-connection settings that change nothing in the stored data.
    [[nodiscard]] virtual QStringList sessionStatements(int busyTimeoutMs) const = 0;
    /// Settings that may write to the database; run only once its version is known to be ours.
    [[nodiscard]] virtual QStringList writableSetupStatements() const = 0;
    /// A statement copying the whole database to the file given as its one value, or empty
    /// when the engine has no such thing (a server is backed up by its administrators).
    [[nodiscard]] virtual QString backupStatement() const = 0;
    /// A query listing problems ("ok" when none), or empty when the engine checks itself.
    [[nodiscard]] virtual QString integrityCheckQuery() const = 0;
    /// After rows were inserted with explicit ids: moves the table's id counter past them
    /// (empty when the engine does that by itself).
    [[nodiscard]] virtual QString resetIdCounterStatement(const QString &table) const = 0;
    /// Column definition of an auto-numbered 64-bit primary key.
    [[nodiscard]] virtual QString idColumn() const = 0;
    /// A query returning 1 when a table of that name exists (one positional value: the name).
    [[nodiscard]] virtual QString tableExistsQuery() const = 0;
    /// A query returning the number of user tables.
    [[nodiscard]] virtual QString tableCountQuery() const = 0;
    /// Statements that create the full-text index over document(title, body) and fill it.
    [[nodiscard]] virtual QStringList fullTextIndexStatements() const = 0;
    /// A ranked search: values are (match expression, limit); columns id, title, snippet, rank.
    [[nodiscard]] virtual QString fullTextSearchQuery() const = 0;
    /// Turns the user's words into the engine's match expression (every word must match,
    /// as a prefix; operators typed by the user are taken literally). Empty when no words.
    [[nodiscard]] virtual QString matchExpression(const QString &userQuery) const = 0;
    /// Maps a driver error to a specific kind (locked, read-only, corrupt ...).
    [[nodiscard]] virtual StorageError::Kind classify(const QSqlError &error) const = 0;
    /// Run first in a transaction that reads many tables as of one moment (empty: every
    /// transaction already does, as SQLite's in WAL mode).
    [[nodiscard]] virtual QString snapshotStatement() const { return {}; }
    /// An SQL expression for the current time by the database's own clock, as text in the
    /// format of every stored time (ISO 8601 UTC with milliseconds). Team members' clocks
    /// disagree; the server's is the one they share.
    [[nodiscard]] virtual QString currentTimeExpression() const = 0;
};

/// SQLite 3.35+ with FTS5 (Debian 12 ships 3.40).
class SqliteDialect final : public SqlDialect
{
public:
    [[nodiscard]] QString driverName() const override;
    [[nodiscard]] QStringList sessionStatements(int busyTimeoutMs) const override;
    [[nodiscard]] QStringList writableSetupStatements() const override;
    [[nodiscard]] QString backupStatement() const override;
    [[nodiscard]] QString integrityCheckQuery() const override;
    [[nodiscard]] QString resetIdCounterStatement(const QString &table) const override;
    [[nodiscard]] QString idColumn() const override;
    [[nodiscard]] QString tableExistsQuery() const override;
    [[nodiscard]] QString tableCountQuery() const override;
    [[nodiscard]] QStringList fullTextIndexStatements() const override;
    [[nodiscard]] QString fullTextSearchQuery() const override;
    [[nodiscard]] QString matchExpression(const QString &userQuery) const override;
    [[nodiscard]] StorageError::Kind classify(const QSqlError &error) const override;
    [[nodiscard]] QString currentTimeExpression() const override;
};

/// PostgreSQL 12+ (generated columns) through Qt's QPSQL driver, for team notebooks.
class PostgresDialect final : public SqlDialect
{
public:
    [[nodiscard]] QString driverName() const override;
    [[nodiscard]] QStringList sessionStatements(int busyTimeoutMs) const override;
    [[nodiscard]] QStringList writableSetupStatements() const override;
    [[nodiscard]] QString backupStatement() const override;
    [[nodiscard]] QString integrityCheckQuery() const override;
    [[nodiscard]] QString resetIdCounterStatement(const QString &table) const override;
    [[nodiscard]] QString idColumn() const override;
    [[nodiscard]] QString tableExistsQuery() const override;
    [[nodiscard]] QString tableCountQuery() const override;
    [[nodiscard]] QStringList fullTextIndexStatements() const override;
    [[nodiscard]] QString fullTextSearchQuery() const override;
    [[nodiscard]] QString matchExpression(const QString &userQuery) const override;
    [[nodiscard]] StorageError::Kind classify(const QSqlError &error) const override;
    [[nodiscard]] QString currentTimeExpression() const override;
    [[nodiscard]] QString snapshotStatement() const override
    {
        return QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    }
};

/// The private-use characters that mark a search match inside a snippet.
inline constexpr QChar kMatchBegin = QChar(0xE000);
inline constexpr QChar kMatchEnd = QChar(0xE001);

} // namespace debrief
