#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace debrief {

/// Where a notebook lives: an SQLite file (the embedded default) or a PostgreSQL database
/// shared by a team, written as `postgresql://user@host:port/dbname?sslmode=MODE`.
/// The password is never part of a location: it comes from the keychain or PGPASSWORD.
struct NotebookLocation
{
    Q_DECLARE_TR_FUNCTIONS(debrief::NotebookLocation)
public:
    enum class Kind
    {
        Sqlite,
        Postgres
    };

    Kind kind = Kind::Sqlite;
    QString path; ///< SQLite file
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString sslMode; ///< libpq's sslmode: disable, prefer, require, verify-full ...

    /// A file path or a postgresql:// (or postgres://) URL. A password in the URL is refused,
    /// so it can never end up in settings, shell history or logs by way of Debrief.
    static std::optional<NotebookLocation> parse(const QString &text, QString *error = nullptr);
    static NotebookLocation sqlite(const QString &path);

    [[nodiscard]] bool isServer() const { return kind == Kind::Postgres; }
    /// The canonical text form (what parse() reads), without any secret.
    [[nodiscard]] QString toString() const;
    /// The key under which the keychain keeps this server's password.
    [[nodiscard]] QString secretKey() const;
};

} // namespace debrief
