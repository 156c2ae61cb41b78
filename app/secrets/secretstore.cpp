#include "secrets/secretstore.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace debrief {

namespace {

const QString kService = QStringLiteral("Debrief");

SecretStore::Outcome outcomeOf(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return SecretStore::Outcome::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Outcome::NoKeychain;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStore::Outcome::Denied;
    default:
        break;
    }
    // QtKeychain 0.13 reports every way of not reaching a keychain as OtherError, with
    // libsecret's or D-Bus's own wording ("Cannot autolaunch D-Bus without X11 $DISPLAY",
    // "The given address is empty", "org.freedesktop.secrets was not provided …"). For the
    // user all of them mean the same: ask for the password, store it nowhere.
    if (job.error() == QKeychain::OtherError)
        return SecretStore::Outcome::NoKeychain;
    return SecretStore::Outcome::Failed;
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

SecretStore::~SecretStore()
{
    // Jobs still running delete themselves; make sure they do not call back into us.
    for (auto it = m_pending.constBegin(); it != m_pending.constEnd(); ++it)
        disconnect(it.key(), nullptr, this, nullptr);
}

void SecretStore::readPassword(const QString &key)
{
    start(new QKeychain::ReadPasswordJob(kService), Operation::Read, key);
}

QString SecretStore::readPasswordAndWait(const QString &key, int timeoutMs)
{
    SecretStore store;
    store.setTimeout(timeoutMs);
    QEventLoop loop;
    QString password;
    bool answered = false;
    connect(&store, &SecretStore::passwordRead, &loop, [&](const QString &, const QString &stored) {
        password = stored;
        answered = true;
        loop.quit();
    });
    connect(&store, &SecretStore::failed, &loop, [&] {
        answered = true;
        loop.quit();
    });
    store.readPassword(key);
    if (!answered) // a backend may answer before the loop runs
        loop.exec();
    return password;
}

void SecretStore::writePassword(const QString &key, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setTextData(password);
    start(job, Operation::Write, key);
}

void SecretStore::deletePassword(const QString &key)
{
    start(new QKeychain::DeletePasswordJob(kService), Operation::Delete, key);
}

void SecretStore::start(QKeychain::Job *job, Operation operation, const QString &key)
{
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text copy on disk
    m_pending.insert(job, Pending{operation, key});
    connect(job, &QKeychain::Job::finished, this, &SecretStore::finish);
    // A keychain that never answers is as good as none; the job is abandoned, not awaited.
    QPointer<QKeychain::Job> watched(job);
    QTimer::singleShot(m_timeoutMs, this, [this, watched, key]() {
        if (!watched || !m_pending.contains(watched.data()))
            return;
        m_pending.remove(watched.data());
        disconnect(watched.data(), nullptr, this, nullptr);
        Q_EMIT failed(key, Outcome::NoKeychain, tr("The keychain did not answer."));
    });
    job->start();
}

void SecretStore::finish(QKeychain::Job *job)
{
    const auto found = m_pending.constFind(job);
    if (found == m_pending.constEnd())
        return;
    const Pending pending = *found;
    m_pending.erase(found);
    if (job->error() != QKeychain::NoError) {
        const Outcome outcome = outcomeOf(*job);
        QString message;
        switch (outcome) {
        case Outcome::NotFound:
            message = tr("No password is stored for %1.").arg(pending.key);
            break;
        case Outcome::NoKeychain:
            message = tr("No keychain is available (%1). Debrief asks for the password each time and never "
                         "stores it.")
                          .arg(job->errorString());
            break;
        case Outcome::Denied:
            message = tr("The keychain refused access: %1").arg(job->errorString());
            break;
        case Outcome::Failed:
            message = tr("The keychain reported an error: %1").arg(job->errorString());
            break;
        }
        Q_EMIT failed(pending.key, outcome, message);
        return;
    }
    switch (pending.operation) {
    case Operation::Read:
        Q_EMIT passwordRead(pending.key, static_cast<QKeychain::ReadPasswordJob *>(job)->textData());
        break;
    case Operation::Write:
        Q_EMIT passwordWritten(pending.key);
        break;
    case Operation::Delete:
        Q_EMIT passwordDeleted(pending.key);
        break;
    }
}

} // namespace debrief
