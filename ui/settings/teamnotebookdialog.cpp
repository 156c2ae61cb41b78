#include "settings/teamnotebookdialog.h"

#include "settings/appsettings.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace debrief {

TeamNotebookDialog::TeamNotebookDialog(AppSettings &settings, SecretStore &secrets, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_tls(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember the password in the system keychain"), this))
    , m_status(new QLabel(this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_remove(new QPushButton(tr("&Remove Connection"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Team Notebook"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_host->setPlaceholderText(tr("db.example.org"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setPlaceholderText(tr("debrief"));
    // libpq's sslmode values; "prefer" is libpq's own default.
    m_tls->addItem(tr("Prefer TLS"), QStringLiteral("prefer"));
    m_tls->addItem(tr("Require TLS"), QStringLiteral("require"));
    m_tls->addItem(tr("Require TLS and verify the server"), QStringLiteral("verify-full"));
    m_tls->addItem(tr("No TLS (local networks only)"), QStringLiteral("disable"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: PGPASSWORD, ~/.pgpass or no password"));
    m_remember->setChecked(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_remove, QDialogButtonBox::ResetRole);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("T&LS:"), m_tls);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &TeamNotebookDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TeamNotebookDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &TeamNotebookDialog::testConnection);
    connect(m_remove, &QPushButton::clicked, this, &TeamNotebookDialog::removeConnection);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &TeamNotebookDialog::updateButtons);
    connect(&m_testWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString answer = m_testWatcher.result();
        const bool ok = answer.startsWith(QLatin1Char('+'));
        showStatus(ok ? tr("Connected. The server says: %1").arg(answer.mid(1)) : answer.mid(1), !ok);
        m_test->setEnabled(true);
        Q_EMIT connectionTested(ok);
    });
    connect(&m_secrets, &SecretStore::passwordRead, this, [this](const QString &key, const QString &password) {
        if (key == location().secretKey() && m_password->text().isEmpty())
            m_password->setText(password);
    });
    connect(&m_secrets, &SecretStore::failed, this, &TeamNotebookDialog::keychainFailed);

    QString problem;
    if (const auto saved = NotebookLocation::parse(m_settings.teamNotebook(), &problem); saved && saved->isServer()) {
        fillFrom(*saved);
        m_secrets.readPassword(saved->secretKey()); // arrives later, or reports no keychain
    }
    updateButtons();
}

TeamNotebookDialog::~TeamNotebookDialog()
{
    m_testWatcher.waitForFinished(); // the worker holds copies only; this is at most the connect timeout
}

NotebookLocation TeamNotebookDialog::location() const
{
    NotebookLocation location;
    location.kind = NotebookLocation::Kind::Postgres;
    location.host = m_host->text().trimmed();
    location.port = m_port->value();
    location.database = m_database->text().trimmed();
    location.user = m_user->text().trimmed();
    location.sslMode = m_tls->currentData().toString();
    return location;
}

QString TeamNotebookDialog::password() const
{
    return m_password->text();
}

QString TeamNotebookDialog::statusText() const
{
    return m_status->text();
}

void TeamNotebookDialog::fillFrom(const NotebookLocation &location)
{
    m_host->setText(location.host);
    m_port->setValue(location.port);
    m_database->setText(location.database);
    m_user->setText(location.user);
    const int tls = m_tls->findData(location.sslMode.isEmpty() ? QStringLiteral("prefer") : location.sslMode);
    m_tls->setCurrentIndex(tls >= 0 ? tls : 0);
}

void TeamNotebookDialog::updateButtons()
{
    const bool complete = !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
    m_test->setEnabled(complete && !m_testWatcher.isRunning());
    m_remove->setEnabled(!m_settings.teamNotebook().isEmpty());
}

void TeamNotebookDialog::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #c0392b;") : QString());
}

void TeamNotebookDialog::testConnection()
{
    if (m_testWatcher.isRunning())
        return;
    m_test->setEnabled(false);
    showStatus(tr("Connecting to %1…").arg(location().host), false);
    // Connecting can take the whole connect timeout: never on the UI thread.
    m_testWatcher.setFuture(QtConcurrent::run([location = location(), password = password()]() {
        auto answer = Database::testServer(location, password);
        return answer ? QString(QLatin1Char('+') + answer.value())
                      : QString(QLatin1Char('-') + answer.error().message());
    }));
}

void TeamNotebookDialog::removeConnection()
{
    const auto saved = NotebookLocation::parse(m_settings.teamNotebook());
    if (saved && saved->isServer())
        m_secrets.deletePassword(saved->secretKey());
    m_settings.setTeamNotebook(QString());
    m_password->clear();
    showStatus(tr("The connection was removed, and its password deleted from the keychain."), false);
    updateButtons();
}

void TeamNotebookDialog::accept()
{
    const NotebookLocation chosen = location();
    // A password saved for the connection this one replaces (another host or user), or one
    // the user no longer wants remembered, must not stay behind in the keychain.
    const auto previous = NotebookLocation::parse(m_settings.teamNotebook());
    if (m_keychainAvailable && previous && previous->isServer() && previous->secretKey() != chosen.secretKey())
        m_secrets.deletePassword(previous->secretKey());
    m_settings.setTeamNotebook(chosen.toString());
    if (m_keychainAvailable && m_remember->isChecked() && !password().isEmpty())
        m_secrets.writePassword(chosen.secretKey(), password());
    else if (m_keychainAvailable && !m_remember->isChecked())
        m_secrets.deletePassword(chosen.secretKey());
    QDialog::accept();
}

void TeamNotebookDialog::keychainFailed(const QString &key, SecretStore::Outcome outcome, const QString &message)
{
    if (key != location().secretKey())
        return;
    if (outcome == SecretStore::Outcome::NotFound)
        return; // nothing saved yet: the user types it
    if (outcome == SecretStore::Outcome::NoKeychain) {
        m_keychainAvailable = false;
        m_remember->setChecked(false);
        m_remember->setEnabled(false);
        m_remember->setToolTip(message);
    }
    showStatus(message, outcome != SecretStore::Outcome::NoKeychain);
}

} // namespace debrief
