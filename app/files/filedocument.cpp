#include "files/filedocument.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSaveFile>
#include <QTimer>

#include <utility>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace debrief {

namespace {

/// Refuse files the editor should not hold; the importer uses the same limit.
constexpr qint64 kMaxSize = 8 * 1024 * 1024;

QString translate(const char *text)
{
    return QCoreApplication::translate("debrief::FileDocument", text);
}

} // namespace

FileDocument::FileDocument(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_checkTimer(new QTimer(this))
{
    // Editors and git write in several steps (write, rename, chmod): look once they are done.
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(50);
    connect(m_checkTimer, &QTimer::timeout, this, &FileDocument::checkDisk);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &FileDocument::fileChanged);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &FileDocument::scheduleCheck);
}

FileDocument::~FileDocument() = default;

FileDocument::DiskState FileDocument::stat(const QString &path)
{
    DiskState state;
    const QFileInfo info(path);
    state.exists = info.exists();
    if (state.exists) {
        state.size = info.size();
        state.modified = info.lastModified();
#ifdef Q_OS_UNIX
        struct stat buffer;
        if (::stat(QFile::encodeName(path).constData(), &buffer) == 0)
            state.inode = quint64(buffer.st_ino);
#endif
    }
    return state;
}

QByteArray FileDocument::hashOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

bool FileDocument::load(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QFile file(absolute);
    if (QFileInfo(absolute).size() > kMaxSize) {
        m_error = translate("%1 is too large to edit (the limit is %2 MiB)").arg(path).arg(kMaxSize / (1024 * 1024));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = translate("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    const DecodedText decoded = TextFileCodec::decode(bytes);
    if (!decoded.ok()) {
        // Refuse rather than guess: saving a mis-decoded file would corrupt it.
        m_error = TextFileCodec::describe(decoded, path);
        return false;
    }
    if (!m_path.isEmpty())
        m_watcher->removePaths(m_watcher->files() + m_watcher->directories());
    m_path = absolute;
    DiskState state = stat(absolute);
    state.hash = hashOf(bytes);
    m_disk = state;
    m_byteOrderMark = decoded.byteOrderMark;
    m_lineEnding = decoded.lineEnding;
    m_conflict = false;
    m_reportedRemoval = false;
    m_error.clear();
    setTextAndState(decoded.text);
    watch();
    return true;
}

void FileDocument::setTextAndState(const QString &text)
{
    const bool wasModified = isModified();
    m_text = text;
    m_savedText = text;
    if (wasModified)
        Q_EMIT modifiedChanged(false);
}

void FileDocument::setText(const QString &text)
{
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (normalised == m_text)
        return;
    const bool wasModified = isModified();
    m_text = normalised;
    if (wasModified != isModified())
        Q_EMIT modifiedChanged(isModified());
}

bool FileDocument::save(SaveMode mode)
{
    if (m_path.isEmpty()) {
        m_error = translate("No file to save to");
        return false;
    }
    if (mode == SaveMode::Safe) {
        // A change the watcher has not reported yet must not be overwritten silently.
        const DiskState now = stat(m_path);
        bool changed = m_conflict;
        if (!changed && now.exists && !now.sameStat(m_disk)) {
            QFile current(m_path);
            changed = current.open(QIODevice::ReadOnly) && hashOf(current.readAll()) != m_disk.hash;
        }
        if (changed) {
            m_conflict = true;
            m_error = translate("%1 was changed by another program; reload it or save anyway").arg(m_path);
            return false;
        }
    }
    const QByteArray bytes = TextFileCodec::encode(m_text, m_byteOrderMark, m_lineEnding);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_error = translate("Cannot save %1: %2").arg(m_path, file.errorString());
        return false;
    }
    DiskState state = stat(m_path);
    state.hash = hashOf(bytes);
    m_disk = state;
    m_conflict = false;
    m_reportedRemoval = false;
    m_error.clear();
    setTextAndState(m_text);
    watch(); // the rename replaced the file the watcher was following
    Q_EMIT saved();
    return true;
}

bool FileDocument::reload()
{
    if (m_path.isEmpty())
        return false;
    const QString path = m_path;
    return load(path);
}

bool FileDocument::adopt(const QByteArray &bytes, const DiskState &state)
{
    const DecodedText decoded = TextFileCodec::decode(bytes);
    if (!decoded.ok()) {
        Q_EMIT errorOccurred(TextFileCodec::describe(decoded, m_path));
        return false;
    }
    m_disk = state;
    m_byteOrderMark = decoded.byteOrderMark;
    m_lineEnding = decoded.lineEnding;
    setTextAndState(decoded.text);
    return true;
}

void FileDocument::checkDisk()
{
    if (m_path.isEmpty())
        return;
    watch();
    DiskState now = stat(m_path);
    if (!now.exists) {
        if (!m_reportedRemoval) {
            m_reportedRemoval = true;
            Q_EMIT removedOnDisk();
        }
        return;
    }
    m_reportedRemoval = false;
    const bool compareContents = std::exchange(m_compareContents, false);
    if (now.sameStat(m_disk) && !compareContents)
        return;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || now.size > kMaxSize)
        return;
    const QByteArray bytes = file.readAll();
    now.hash = hashOf(bytes);
    if (now.hash == m_disk.hash) {
        m_disk = now; // touched, or our own save: same content
        return;
    }
    if (isModified()) {
        if (!m_conflict) {
            m_conflict = true;
            Q_EMIT conflictDetected();
        }
        return;
    }
    if (adopt(bytes, now))
        Q_EMIT reloaded();
}

void FileDocument::watch()
{
    // Watching the folder as well catches a file replaced by a rename, which ends the
    // watch on the old file.
    if (QFileInfo::exists(m_path) && !m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!m_watcher->directories().contains(folder))
        m_watcher->addPath(folder);
}

void FileDocument::scheduleCheck()
{
    m_checkTimer->start();
}

void FileDocument::fileChanged()
{
    m_compareContents = true;
    m_checkTimer->start();
}

} // namespace debrief
