#pragma once

#include "secrets/secretstore.h"
#include "storage/notebooklocation.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace debrief {

class AppSettings;

/// Sets up the connection to a team notebook on PostgreSQL: server, port, database, user,
/// TLS mode; "Test Connection" shows the server's own answer. Everything but the password
/// goes to the settings; the password goes to the keychain (or nowhere, when there is none).
class TeamNotebookDialog : public QDialog
{
    Q_OBJECT
public:
    TeamNotebookDialog(AppSettings &settings, SecretStore &secrets, QWidget *parent = nullptr);
    ~TeamNotebookDialog() override;

    [[nodiscard]] NotebookLocation location() const;
    [[nodiscard]] QString password() const;

    /// What the status line says now (tests read it).
    [[nodiscard]] QString statusText() const;

    /// Starts the connection test; the result arrives in the status line.
    void testConnection();
    /// Forgets the saved connection and deletes its password from the keychain.
    void removeConnection();

    /// Saves the connection (and the password, when asked to and a keychain exists) and
    /// closes with Accepted. Opening the notebook is the caller's job.
    void accept() override;

Q_SIGNALS:
    void connectionTested(bool ok);

private:
    void showStatus(const QString &text, bool problem);
    void fillFrom(const NotebookLocation &location);
    void updateButtons();
    void keychainFailed(const QString &key, SecretStore::Outcome outcome, const QString &message);

    AppSettings &m_settings;
    SecretStore &m_secrets;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_tls;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_status;
    QPushButton *m_test;
    QPushButton *m_remove;
    QDialogButtonBox *m_buttons;
    QFutureWatcher<QString> m_testWatcher;
    bool m_keychainAvailable = true;
};

} // namespace debrief
