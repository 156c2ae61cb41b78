#pragma once

#include "storage/notebooklocation.h"
#include "storage/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlQuery;

namespace debrief {

class SqlDialect;

/// One open notebook database: the connection, its dialect, the schema migrated to the
/// current version. Not copyable; close by destroying it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(debrief::Database)
public:
    struct Options
    {
        /// How long a statement waits for another program's lock before giving up.
        int busyTimeoutMs = 5000;
        /// Refuse to create a missing file, or a notebook in an empty server database (used when
        /// the user opens an existing notebook).
        bool mustExist = false;
        /// Migrate only up to this schema version (tests of old notebooks); 0 means the latest.
        int targetVersion = 0;
    };

    /// Opens (creating if allowed) the SQLite notebook at @p path and migrates it.
    /// An older schema is backed up next to the file first; a newer one is refused.
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path) { return openSqlite(path, Options{}); }

    /// Connects to a team notebook on PostgreSQL and migrates it. An empty @p password lets
    /// libpq use PGPASSWORD, ~/.pgpass or trust/peer authentication.
    static Result<std::unique_ptr<Database>> openPostgres(const NotebookLocation &location, const QString &password,
                                                          const Options &options);

    /// Connects to the server only (no schema change) and returns its version string, or the
    /// server's own error. Safe to call from a worker thread: the connection lives and dies
    /// inside the call.
    static Result<QString> testServer(const NotebookLocation &location, const QString &password);

    /// Opens either kind of notebook.
    static Result<std::unique_ptr<Database>> open(const NotebookLocation &location, const QString &password,
                                                  const Options &options);

    /// What another thread needs to open a connection of its own to this notebook.
    struct Handle
    {
        QString connectionName;
        QString location;
        bool server = false;
        int schemaVersion = 0;
        int busyTimeoutMs = 0;
    };
    [[nodiscard]] Handle handle() const;
    /// A second connection to the notebook of @p handle, with the same credentials, for the
    /// thread that calls this (a worker copying the notebook, say). The schema is not
    /// migrated. Fails cleanly when the first connection is gone meanwhile.
    [[nodiscard]] static Result<std::unique_ptr<Database>> openAnother(const Handle &handle);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] const SqlDialect &dialect() const { return *m_dialect; }
    /// A file path for SQLite, a connection description for servers.
    [[nodiscard]] QString location() const { return m_location; }
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    /// The notebook's lasting key (kept by copies between files and servers): what makes its
    /// actions' iCalendar UIDs the same wherever the notebook lives.
    [[nodiscard]] Result<QString> notebookKey() const;
    /// The copy made before the last migration of an older notebook, if one was made.
    [[nodiscard]] QString backupPath() const { return m_backupPath; }

    /// Runs @p work in a transaction: committed when it returns ok, rolled back otherwise.
    Status transaction(const std::function<Status()> &work);

    /// Prepares and executes @p sql with positional values; errors become a StorageError.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {}) const;

    /// Translates a failed query into a specific, user-readable error.
    [[nodiscard]] StorageError errorFrom(const QSqlQuery &query, const QString &action) const;

    /// Runs the database's own consistency check.
    Status checkIntegrity() const;

private:
    Database(QString connectionName, QString location, std::unique_ptr<SqlDialect> dialect);
    static Result<std::unique_ptr<Database>> finishOpening(std::unique_ptr<Database> database, const Options &options);
    Status configure(const Options &options);
    Status readSchemaVersion();
    Status migrate(int targetVersion);
    Status backUp();
    Status probeWritable();
    Result<QSqlQuery> execOnce(const QString &sql, const QVariantList &values) const;
    /// Opens the connection anew after the server went away; true when it is back.
    bool reconnect() const;

    QString m_connectionName;
    QString m_location;
    std::unique_ptr<SqlDialect> m_dialect;
    int m_schemaVersion = 0;
    QString m_backupPath;
    int m_busyTimeoutMs = 5000;
    int m_transactionDepth = 0;
    bool m_transactionFailed = false;
};

} // namespace debrief
