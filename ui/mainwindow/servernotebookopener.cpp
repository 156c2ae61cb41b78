#include "mainwindow/servernotebookopener.h"

#include "settings/passworddialog.h"

#include <QTimer>

namespace debrief {

namespace {
// A mistyped password gets another chance; after that the user picks something else.
constexpr int kMaxTypedAttempts = 3;
} // namespace

ServerNotebookOpener::ServerNotebookOpener(NotebookLocation location, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_secrets(secrets)
{
    m_ask = [](const NotebookLocation &where, const QString &reason, bool keychain) -> std::optional<Answer> {
        PasswordDialog dialog(where.toString(), reason, keychain);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return Answer{dialog.password(), dialog.remember()};
    };
    connect(&m_secrets, &SecretStore::passwordRead, this, [this](const QString &key, const QString &password) {
        if (key == m_location.secretKey() && !m_done)
            tryOpen(password, Source::Keychain);
    });
    connect(&m_secrets, &SecretStore::failed, this, &ServerNotebookOpener::keychainFailed);
}

void ServerNotebookOpener::start()
{
    tryOpen(QString(), Source::None);
}

void ServerNotebookOpener::tryOpen(const QString &password, Source source, bool remember)
{
    auto opened = Notebook::open(m_location, password);
    if (opened.ok()) {
        m_notebook = std::move(opened).value();
        if (source == Source::Typed && remember && m_keychainAvailable)
            m_secrets.writePassword(m_location.secretKey(), password);
        finish(true);
        return;
    }
    m_error = opened.error();
    if (m_error.kind() != StorageError::Kind::PasswordRequired) {
        finish(false);
        return;
    }
    switch (source) {
    case Source::None:
        m_secrets.readPassword(m_location.secretKey()); // answers by signal, never waited for
        return;
    case Source::Keychain:
        askUser(tr("The password saved in the keychain was refused by the server."));
        return;
    case Source::Typed:
        if (m_typedAttempts >= kMaxTypedAttempts) {
            finish(false);
            return;
        }
        askUser(tr("The server refused that password. Try again."));
        return;
    }
}

void ServerNotebookOpener::keychainFailed(const QString &key, SecretStore::Outcome outcome, const QString &message)
{
    if (key != m_location.secretKey() || m_done)
        return;
    if (outcome == SecretStore::Outcome::NoKeychain)
        m_keychainAvailable = false;
    askUser(outcome == SecretStore::Outcome::NotFound ? tr("No password is saved for it in the keychain yet.")
                                                      : message);
}

void ServerNotebookOpener::askUser(const QString &reason)
{
    // From the top of the event loop, not from inside a keychain job's signal.
    QTimer::singleShot(0, this, [this, reason] {
        ++m_typedAttempts;
        const std::optional<Answer> answer = m_ask(m_location, reason, m_keychainAvailable);
        if (!answer) {
            finish(false);
            return;
        }
        tryOpen(answer->password, Source::Typed, answer->remember);
    });
}

void ServerNotebookOpener::finish(bool opened)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(opened);
}

} // namespace debrief
