#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

namespace debrief {

/// Passwords in the operating system's keychain (Secret Service on Linux) through
/// QtKeychain. Every call returns at once and reports by signal: no nested event loop ever
/// waits for the keychain. Nothing is written anywhere else: without a keychain the caller
/// asks the user each time.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Outcome
    {
        NotFound,   ///< the keychain works but holds no such password
        NoKeychain, ///< no keychain service is running or reachable
        Denied,     ///< the user or the keychain refused access
        Failed,     ///< anything else (the message says what)
    };
    Q_ENUM(Outcome)

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    void readPassword(const QString &key);
    void writePassword(const QString &key, const QString &password);
    void deletePassword(const QString &key);

    /// How long to wait for an answer before treating the keychain as missing.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    /// For the command line, which has nothing else to do meanwhile: the stored password
    /// for @p key, waiting at most @p timeoutMs in a local event loop (a missing keychain
    /// answers at once). Empty when there is none or no keychain; never call it from the GUI.
    [[nodiscard]] static QString readPasswordAndWait(const QString &key, int timeoutMs);

Q_SIGNALS:
    void passwordRead(const QString &key, const QString &password);
    void passwordWritten(const QString &key);
    void passwordDeleted(const QString &key);
    void failed(const QString &key, debrief::SecretStore::Outcome outcome, const QString &message);

private:
    enum class Operation
    {
        Read,
        Write,
        Delete
    };
    void start(QKeychain::Job *job, Operation operation, const QString &key);
    void finish(QKeychain::Job *job);

    struct Pending
    {
        Operation operation;
        QString key;
    };
    QHash<QKeychain::Job *, Pending> m_pending;
    int m_timeoutMs = 15000;
};

} // namespace debrief
