#pragma once

#include <QCoreApplication>
#include <QString>

namespace debrief {

/// What went wrong in the storage layer, specific enough to tell the user what to do.
class StorageError
{
    Q_DECLARE_TR_FUNCTIONS(debrief::StorageError)
public:
    enum class Kind
    {
        NotFound,         ///< the row does not exist (any more)
        Conflict,         ///< someone saved a newer revision first
        Locked,           ///< another program holds the database
        ReadOnly,         ///< the file or its folder cannot be written
        Corrupt,          ///< integrity check failed, or not a database at all
        NewerVersion,     ///< created by a newer Debrief
        Unreadable,       ///< cannot be opened (missing folder, permissions, ...)
        Invalid,          ///< the data given breaks a rule (empty title, unknown id, ...)
        Disconnected,     ///< the server cannot be reached (team notebooks)
        PasswordRequired, ///< the server wants a password, or refused the one given
        Other,
    };

    StorageError() = default;
    StorageError(Kind kind, QString message, QString detail = {})
        : m_kind(kind)
        , m_message(std::move(message))
        , m_detail(std::move(detail))
    {}

    [[nodiscard]] Kind kind() const { return m_kind; }
    /// A complete sentence for the user, already translated.
    [[nodiscard]] QString message() const { return m_message; }
    /// The driver's own text, for a "details" section and logs.
    [[nodiscard]] QString detail() const { return m_detail; }

    static StorageError notFound(const QString &what);
    static StorageError conflict(const QString &what);

private:
    Kind m_kind = Kind::Other;
    QString m_message;
    QString m_detail;
};

} // namespace debrief
