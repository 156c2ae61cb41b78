#include "files/filerecovery.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace debrief {

namespace {
// Long enough not to write on every keystroke, short enough that a crash loses a sentence
// at most.
constexpr int kDefaultDelayMs = 2000;
// A recovery copy is only ever the user's own typing; a file this big is not one.
constexpr qint64 kMaxRecoveryBytes = 64 * 1024 * 1024;
} // namespace

FileRecovery::FileRecovery(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &FileRecovery::writeNow);
}

QString FileRecovery::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

void FileRecovery::setFile(const QString &path)
{
    writeNow();
    m_due = false;
    m_text.clear();
    // The file's absolute path names its copy: the same file finds it again, and the copy's
    // name says nothing about the file (no name of a person or company in the data folder).
    const QByteArray key = QFileInfo(path).absoluteFilePath().toUtf8();
    m_recoveryPath = folder() + QLatin1Char('/') +
                     QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex()) +
                     QStringLiteral(".md");
    m_offer = pending();
}

void FileRecovery::acceptOffer()
{
    m_offer.reset();
}

void FileRecovery::dismissOffer()
{
    m_offer.reset();
    discard();
}

std::optional<QString> FileRecovery::pending() const
{
    QFile file(m_recoveryPath);
    if (m_recoveryPath.isEmpty() || file.size() > kMaxRecoveryBytes || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(file.readAll());
}

void FileRecovery::update(const QString &text, bool modified)
{
    if (m_offer)
        return; // the earlier session's copy waits for the user's decision
    if (!modified) {
        discard();
        return;
    }
    m_text = text;
    m_due = true;
    m_timer.start();
}

bool FileRecovery::writeNow()
{
    m_timer.stop();
    if (!m_due || m_recoveryPath.isEmpty())
        return true;
    m_due = false;
    // Only the user may read what they typed: a private folder, private files.
    const auto privateFolder = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    if (!QFileInfo::exists(folder()) && (!QDir().mkpath(folder()) || !QFile::setPermissions(folder(), privateFolder))) {
        m_error = tr("Cannot create %1 for the recovery copy.").arg(QDir::toNativeSeparators(folder()));
        return false;
    }
    QSaveFile file(m_recoveryPath);
    const bool written = file.open(QIODevice::WriteOnly) &&
                         file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
                         file.write(m_text.toUtf8()) >= 0 && file.commit();
    if (!written) {
        m_error = tr("Cannot write the recovery copy %1: %2")
                      .arg(QDir::toNativeSeparators(m_recoveryPath), file.errorString());
        return false;
    }
    return true;
}

void FileRecovery::discard()
{
    m_timer.stop();
    m_due = false;
    m_text.clear();
    if (!m_recoveryPath.isEmpty() && !m_offer)
        QFile::remove(m_recoveryPath);
}

} // namespace debrief
