#pragma once

#include "notebook/notebook.h"
#include "secrets/secretstore.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace debrief {

/// Opens a team notebook at start-up without ever blocking on the keychain: first as libpq
/// can on its own (PGPASSWORD, ~/.pgpass, a server that trusts the user), then with the
/// password saved in the keychain (read asynchronously), then by asking the user, saying
/// why, and saving what they type in the keychain when they want. Reports once, by finished().
class ServerNotebookOpener : public QObject
{
    Q_OBJECT
public:
    struct Answer
    {
        QString password;
        bool remember = false;
    };
    /// Asks for the password: @p reason says why; nullopt when the user cancels.
    using PasswordQuestion =
        std::function<std::optional<Answer>(const NotebookLocation &location, const QString &reason, bool keychain)>;

    ServerNotebookOpener(NotebookLocation location, SecretStore &secrets, QObject *parent = nullptr);

    /// Test seam for the question (default: a PasswordDialog).
    void setPasswordQuestion(PasswordQuestion question) { m_ask = std::move(question); }

    void start();

    /// The opened notebook, after finished(true).
    [[nodiscard]] std::unique_ptr<Notebook> takeNotebook() { return std::move(m_notebook); }
    /// Why it did not open, after finished(false).
    [[nodiscard]] const StorageError &error() const { return m_error; }

Q_SIGNALS:
    void finished(bool opened);

private:
    enum class Source
    {
        None,
        Keychain,
        Typed
    };
    void tryOpen(const QString &password, Source source, bool remember = false);
    void askUser(const QString &reason);
    void keychainFailed(const QString &key, SecretStore::Outcome outcome, const QString &message);
    void finish(bool opened);

    NotebookLocation m_location;
    SecretStore &m_secrets;
    PasswordQuestion m_ask;
    std::unique_ptr<Notebook> m_notebook;
    StorageError m_error;
    bool m_keychainAvailable = true;
    bool m_done = false;
    int m_typedAttempts = 0;
};

} // namespace debrief
