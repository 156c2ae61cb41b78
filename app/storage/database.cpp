#include "storage/database.h"

#include "storage/migrations.h"
#include "storage/sqldialect.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace debrief {

namespace {

QString uniqueConnectionName()
{
    // Every Database has its own connection: repositories, tests and worker threads never
    // share one by accident.
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("debrief-%1").arg(counter.fetchAndAddRelaxed(1));
}

/// Why a connection was lost, in the driver's words; a server that just stopped answering
/// leaves them empty.
QString connectionReason(const QSqlError &error)
{
    const QString text = error.text().trimmed();
    return text.isEmpty() ? Database::tr("the server does not answer") : text;
}

/// Checks the file before SQLite sees it, so the user learns *why* it cannot be opened.
Status checkFile(const QString &path, bool mustExist)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (mustExist)
            return StorageError(StorageError::Kind::Unreadable, Database::tr("There is no notebook at %1.").arg(path));
        const QDir folder = info.absoluteDir();
        if (!folder.exists() && !QDir().mkpath(folder.absolutePath()))
            return StorageError(
                StorageError::Kind::ReadOnly,
                Database::tr("Cannot create the folder %1 for the notebook. Check that you may write there.")
                    .arg(folder.absolutePath()));
        return {};
    }
    if (info.isDir())
        return StorageError(StorageError::Kind::Unreadable,
                            Database::tr("%1 is a folder, not a notebook file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return StorageError(StorageError::Kind::Unreadable,
                            Database::tr("Cannot read the notebook %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(16);
    if (!header.isEmpty() && header != QByteArrayLiteral("SQLite format 3\0"))
        return StorageError(StorageError::Kind::Corrupt,
                            Database::tr("%1 is not a Debrief notebook: it is not an SQLite database. "
                                         "The file was not changed.")
                                .arg(path));
    return {};
}

} // namespace

Database::Database(QString connectionName, QString location, std::unique_ptr<SqlDialect> dialect)
    : m_connectionName(std::move(connectionName))
    , m_location(std::move(location))
    , m_dialect(std::move(dialect))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path, const Options &options)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (Status status = checkFile(absolute, options.mustExist); !status)
        return status.error();

    auto dialect = std::make_unique<SqliteDialect>();
    const QString name = uniqueConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect->driverName(), name);
        db.setDatabaseName(absolute);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    }
    return finishOpening(std::unique_ptr<Database>(new Database(name, absolute, std::move(dialect))), options);
}

Result<std::unique_ptr<Database>> Database::openPostgres(const NotebookLocation &location, const QString &password,
                                                         const Options &options)
{
    auto dialect = std::make_unique<PostgresDialect>();
    if (!QSqlDatabase::isDriverAvailable(dialect->driverName()))
        return StorageError(StorageError::Kind::Unreadable,
                            tr("Team notebooks need Qt's PostgreSQL driver (QPSQL), which is not installed. On "
                               "Debian and Ubuntu, install libqt6sql6-psql."));
    const QString name = uniqueConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect->driverName(), name);
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setDatabaseName(location.database);
        db.setUserName(location.user);
        if (!password.isEmpty())
            db.setPassword(password);
        // Keepalives notice a server that vanished without closing the connection (a dropped
        // VPN, a sleeping laptop) in under a minute, instead of when TCP gives up.
        QStringList connectOptions{QStringLiteral("connect_timeout=10"),     QStringLiteral("application_name=Debrief"),
                                   QStringLiteral("keepalives=1"),           QStringLiteral("keepalives_idle=30"),
                                   QStringLiteral("keepalives_interval=10"), QStringLiteral("keepalives_count=3"),
                                   QStringLiteral("tcp_user_timeout=60000")};
        if (!location.sslMode.isEmpty())
            connectOptions << QStringLiteral("sslmode=") + location.sslMode;
        db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
    }
    return finishOpening(std::unique_ptr<Database>(new Database(name, location.toString(), std::move(dialect))),
                         options);
}

Result<QString> Database::testServer(const NotebookLocation &location, const QString &password)
{
    auto dialect = std::make_unique<PostgresDialect>();
    const QString name = uniqueConnectionName();
    QString version;
    StorageError failure;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect->driverName(), name);
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setDatabaseName(location.database);
        db.setUserName(location.user);
        if (!password.isEmpty())
            db.setPassword(password);
        QStringList connectOptions{QStringLiteral("connect_timeout=10")};
        if (!location.sslMode.isEmpty())
            connectOptions << QStringLiteral("sslmode=") + location.sslMode;
        db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(QStringLiteral("SELECT version()")) && query.next();
            version = ok ? query.value(0).toString() : query.lastError().text();
            if (!ok)
                failure = StorageError(dialect->classify(query.lastError()), version);
            db.close();
        } else {
            const QSqlError error = db.lastError();
            failure =
                StorageError(dialect->classify(error),
                             tr("The server refused the connection: %1").arg(error.text().trimmed()), error.text());
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!ok)
        return failure;
    return version;
}

Result<std::unique_ptr<Database>> Database::open(const NotebookLocation &location, const QString &password,
                                                 const Options &options)
{
    if (location.isServer())
        return openPostgres(location, password, options);
    return openSqlite(location.path, options);
}

Database::Handle Database::handle() const
{
    return {m_connectionName, m_location, m_dialect->driverName() == PostgresDialect().driverName(), m_schemaVersion,
            m_busyTimeoutMs};
}

Result<std::unique_ptr<Database>> Database::openAnother(const Handle &handle)
{
    std::unique_ptr<SqlDialect> dialect;
    if (handle.server)
        dialect = std::make_unique<PostgresDialect>();
    else
        dialect = std::make_unique<SqliteDialect>();
    const QString name = uniqueConnectionName();
    // The name-based overload may be called from any thread; the clone belongs to this one.
    QSqlDatabase::cloneDatabase(handle.connectionName, name);
    Options options;
    options.mustExist = true;
    options.busyTimeoutMs = handle.busyTimeoutMs;
    options.targetVersion = handle.schemaVersion;
    return finishOpening(std::unique_ptr<Database>(new Database(name, handle.location, std::move(dialect))), options);
}

Result<std::unique_ptr<Database>> Database::finishOpening(std::unique_ptr<Database> database, const Options &options)
{
    QSqlDatabase db = database->connection();
    if (!db.open()) {
        const QSqlError error = db.lastError();
        const QString reason = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
        const StorageError::Kind kind = database->dialect().classify(error);
        if (kind == StorageError::Kind::PasswordRequired)
            return StorageError(kind,
                                tr("The server of %1 asks for a password, and none was given or it was refused (%2).")
                                    .arg(database->location(), reason.trimmed()),
                                error.text());
        return StorageError(kind, tr("Cannot open the notebook %1: %2").arg(database->location(), reason.trimmed()),
                            error.text());
    }
    if (Status status = database->configure(options); !status)
        return status.error();
    return database;
}

Result<QString> Database::notebookKey() const
{
    auto key = exec(QStringLiteral("SELECT notebook_key FROM notebook_identity WHERE id = 1"));
    if (!key)
        return key.error();
    if (!key.value().next())
        return StorageError(StorageError::Kind::Corrupt,
                            tr("The notebook %1 has lost its identity row (table notebook_identity).").arg(m_location));
    return key.value().value(0).toString();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::configure(const Options &options)
{
    m_busyTimeoutMs = options.busyTimeoutMs;
    for (const QString &statement : dialect().sessionStatements(options.busyTimeoutMs)) {
        if (auto result = exec(statement); !result)
            return result.error();
    }
    if (Status status = readSchemaVersion(); !status)
        return status;
    // An empty server database (a mistyped name, say) must not quietly become a notebook.
    if (m_schemaVersion == 0 && options.mustExist)
        return StorageError(StorageError::Kind::Unreadable,
                            tr("There is no notebook in %1: the database is empty. Check its name, or publish a "
                               "notebook there first (File ▸ Publish to Team Notebook, or debrief copy-notebook).")
                                .arg(m_location));
    const int target = options.targetVersion > 0 ? options.targetVersion : latestSchemaVersion();
    if (m_schemaVersion > latestSchemaVersion()) {
        return StorageError(StorageError::Kind::NewerVersion,
                            tr("The notebook %1 was written by a newer version of Debrief (format %2; this "
                               "version reads up to format %3). Update Debrief to open it. The file was not "
                               "changed.")
                                .arg(m_location)
                                .arg(m_schemaVersion)
                                .arg(latestSchemaVersion()));
    }
    for (const QString &statement : dialect().writableSetupStatements()) {
        if (auto result = exec(statement); !result)
            return result.error();
    }
    if (m_schemaVersion < target) {
        if (m_schemaVersion > 0 && !dialect().backupStatement().isEmpty()) {
            if (Status status = backUp(); !status)
                return status;
        }
        return migrate(target);
    }
    return probeWritable();
}

Status Database::readSchemaVersion()
{
    auto exists = exec(dialect().tableExistsQuery(), {QStringLiteral("schema_version")});
    if (!exists)
        return exists.error();
    if (!exists.value().next() || exists.value().value(0).toInt() == 0) {
        auto tables = exec(dialect().tableCountQuery());
        if (!tables)
            return tables.error();
        if (tables.value().next() && tables.value().value(0).toInt() > 0)
            return StorageError(
                StorageError::Kind::Corrupt,
                tr("%1 is a database, but not a Debrief notebook. The file was not changed.").arg(m_location));
        m_schemaVersion = 0;
        return {};
    }
    auto version = exec(QStringLiteral("SELECT version FROM schema_version"));
    if (!version)
        return version.error();
    m_schemaVersion = version.value().next() ? version.value().value(0).toInt() : 0;
    return {};
}

Status Database::backUp()
{
    if (Status status = checkIntegrity(); !status)
        return status;
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.format%2-%3.bak").arg(m_location).arg(m_schemaVersion).arg(stamp);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.format%2-%3-%4.bak").arg(m_location).arg(m_schemaVersion).arg(stamp).arg(n);
    if (auto result = exec(dialect().backupStatement(), {target}); !result) {
        return StorageError(result.error().kind(),
                            tr("Could not back up the notebook before updating its format, so it was left "
                               "unchanged: %1")
                                .arg(result.error().message()),
                            result.error().detail());
    }
    m_backupPath = target;
    return {};
}

Status Database::migrate(int targetVersion)
{
    for (const Migration &step : migrations()) {
        if (step.version <= m_schemaVersion || step.version > targetVersion)
            continue;
        Status status = transaction([&]() -> Status {
            if (Status applied = step.apply(*this); !applied)
                return applied;
            if (step.version == 1) {
                if (auto created = exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"));
                    !created)
                    return created.error();
                if (auto inserted = exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (1)")); !inserted)
                    return inserted.error();
                return {};
            }
            auto updated = exec(QStringLiteral("UPDATE schema_version SET version = ?"), {step.version});
            return updated ? Status() : Status(updated.error());
        });
        if (!status) {
            return StorageError(status.error().kind(),
                                tr("Could not update the notebook to format %1 (%2): %3")
                                    .arg(step.version)
                                    .arg(QLatin1String(step.description), status.error().message()),
                                status.error().detail());
        }
        m_schemaVersion = step.version;
    }
    return {};
}

Status Database::probeWritable()
{
    // A notebook that opens but cannot be saved would lose the user's typing later; find out
    // now, with a write that is rolled back.
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        const QSqlError error = db.lastError();
        return StorageError(dialect().classify(error), tr("Could not start saving: %1").arg(error.databaseText()),
                            error.text());
    }
    auto result = exec(QStringLiteral("UPDATE schema_version SET version = version"));
    db.rollback();
    return result ? Status() : Status(result.error());
}

Status Database::transaction(const std::function<Status()> &work)
{
    QSqlDatabase db = connection();
    const bool outermost = m_transactionDepth == 0;
    if (outermost) {
        if (!db.transaction() && !(dialect().classify(db.lastError()) == StorageError::Kind::Disconnected &&
                                   reconnect() && db.transaction())) {
            const QSqlError error = db.lastError();
            const StorageError::Kind kind = dialect().classify(error);
            const QString message = kind == StorageError::Kind::Disconnected
                                        ? tr("Lost the connection to the notebook %1 (%2). This change was not saved.")
                                              .arg(m_location, connectionReason(error))
                                        : tr("Could not start saving: %1").arg(error.databaseText());
            return StorageError(kind, message, error.text());
        }
        m_transactionFailed = false;
    }
    ++m_transactionDepth;
    Status status = work();
    --m_transactionDepth;
    if (!status)
        m_transactionFailed = true;
    if (!outermost)
        return status;
    if (m_transactionFailed) {
        db.rollback();
        return status.ok() ? Status(StorageError(StorageError::Kind::Other, tr("An inner step failed."))) : status;
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return StorageError(dialect().classify(error), tr("Could not save: %1").arg(error.databaseText()),
                            error.text());
    }
    return {};
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values) const
{
    auto result = execOnce(sql, values);
    // A server that restarted or a network that came back: one new connection, one retry.
    // Never inside a transaction, whose earlier statements died with the old connection.
    if (!result && result.error().kind() == StorageError::Kind::Disconnected && m_transactionDepth == 0 && reconnect())
        result = execOnce(sql, values);
    return result;
}

bool Database::reconnect() const
{
    QSqlDatabase db = connection();
    db.close();
    if (!db.open())
        return false;
    for (const QString &statement : dialect().sessionStatements(m_busyTimeoutMs)) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return false;
    }
    return true;
}

Result<QSqlQuery> Database::execOnce(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (values.isEmpty()) {
        // Not prepared: PostgreSQL cannot prepare DDL, and there is nothing to bind.
        if (!query.exec(sql))
            return errorFrom(query, sql);
        return query;
    }
    if (!query.prepare(sql))
        return errorFrom(query, sql);
    for (const QVariant &value : values) {
        // Qt binds a null QString as SQL NULL; for us it is an empty text. SQL NULLs are null
        // QVariants (missing values, or NULLs read from another notebook) and stay NULL.
        if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QString(QLatin1String("")));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        return errorFrom(query, sql);
    return query;
}

StorageError Database::errorFrom(const QSqlQuery &query, const QString &action) const
{
    const QSqlError error = query.lastError();
    const StorageError::Kind kind = dialect().classify(error);
    QString message;
    switch (kind) {
    case StorageError::Kind::Locked:
        message = tr("The notebook %1 is locked by another program (another Debrief window, a backup or sync "
                     "tool). Close it and try again; nothing was lost.")
                      .arg(m_location);
        break;
    case StorageError::Kind::ReadOnly:
        message = tr("The notebook %1 is read-only, so changes cannot be saved. Check the file's permissions or "
                     "copy it somewhere writable; nothing was lost.")
                      .arg(m_location);
        break;
    case StorageError::Kind::Corrupt:
        message = tr("The notebook %1 is damaged (%2). Restore it from a backup; Debrief did not change it.")
                      .arg(m_location, error.databaseText());
        break;
    case StorageError::Kind::Unreadable:
        message = tr("The notebook %1 cannot be read: %2").arg(m_location, error.databaseText());
        break;
    case StorageError::Kind::Invalid:
        message = tr("The change breaks a rule of the notebook: %1").arg(error.databaseText());
        break;
    case StorageError::Kind::Disconnected:
        message = tr("Lost the connection to the notebook %1 (%2). This change was not saved.")
                      .arg(m_location, connectionReason(error));
        break;
    default:
        message = tr("The notebook %1 reported an error: %2").arg(m_location, error.databaseText());
        break;
    }
    return {kind, message, error.text() + QLatin1String(" [") + action + QLatin1Char(']')};
}

Status Database::checkIntegrity() const
{
    if (dialect().integrityCheckQuery().isEmpty())
        return {};
    auto result = exec(dialect().integrityCheckQuery());
    if (!result)
        return result.error();
    QStringList problems;
    while (result.value().next()) {
        const QString line = result.value().value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (problems.isEmpty())
        return {};
    return StorageError(
        StorageError::Kind::Corrupt,
        tr("The notebook %1 is damaged. Restore it from a backup; Debrief did not change it.").arg(m_location),
        problems.join(QLatin1Char('\n')));
}

} // namespace debrief
