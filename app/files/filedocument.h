#pragma once

#include "files/textfilecodec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;

namespace debrief {

/// A Markdown file on disk edited in place, such as a postmortem in a git repository. Keeps
/// the file's byte order mark and line endings, saves atomically, and notices changes made by
/// other programs, including editors and git that replace the file by renaming a new one over
/// it: without local edits the new text is taken (reloaded()), with local edits the user is
/// asked (conflictDetected()). The text it holds always has `\n` line endings.
class FileDocument : public QObject
{
    Q_OBJECT
public:
    enum class SaveMode
    {
        Safe,     ///< refuse when the file changed on disk since it was read
        Overwrite ///< the user chose to keep their version
    };

    explicit FileDocument(QObject *parent = nullptr);
    ~FileDocument() override;

    /// Reads @p path; false with errorString() when it is not a UTF-8 text file (nothing changes then).
    bool load(const QString &path);

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString text() const { return m_text; }
    [[nodiscard]] bool isModified() const { return m_text != m_savedText; }
    [[nodiscard]] bool hasByteOrderMark() const { return m_byteOrderMark; }
    [[nodiscard]] LineEnding lineEnding() const { return m_lineEnding; }
    [[nodiscard]] QString errorString() const { return m_error; }
    /// True from conflictDetected() until the next save or reload.
    [[nodiscard]] bool hasConflict() const { return m_conflict; }

    /// A local edit (line endings are normalised to `\n`).
    void setText(const QString &text);
    /// Writes the text atomically with the file's BOM and line endings; false with errorString().
    bool save(SaveMode mode = SaveMode::Safe);
    /// Reads the file again, dropping local edits.
    bool reload();
    /// Compares the file with what was read or saved last and reacts. The watcher calls it;
    /// a window may call it when it is activated.
    void checkDisk();

Q_SIGNALS:
    void modifiedChanged(bool modified);
    /// The file changed on disk and its new text was taken (there were no local edits).
    void reloaded();
    /// The file changed on disk while there are local edits: reload() or save(Overwrite).
    void conflictDetected();
    /// The file was deleted or moved away; saving creates it again.
    void removedOnDisk();
    /// Something went wrong in the background (an unreadable new version on disk).
    void errorOccurred(const QString &message);
    void saved();

private:
    struct DiskState
    {
        bool exists = false;
        qint64 size = -1;
        QDateTime modified;
        quint64 inode = 0; ///< changes when the file is replaced by a rename (0 where unknown)
        QByteArray hash;

        [[nodiscard]] bool sameStat(const DiskState &other) const
        {
            return exists == other.exists && size == other.size && modified == other.modified && inode == other.inode;
        }
    };

    [[nodiscard]] static DiskState stat(const QString &path);
    [[nodiscard]] static QByteArray hashOf(const QByteArray &bytes);
    bool adopt(const QByteArray &bytes, const DiskState &state);
    void setTextAndState(const QString &text);
    void watch();
    void scheduleCheck();
    void fileChanged();

    QString m_path;
    QString m_text;
    QString m_savedText;
    bool m_byteOrderMark = false;
    LineEnding m_lineEnding = LineEnding::Lf;
    DiskState m_disk;
    bool m_conflict = false;
    bool m_reportedRemoval = false;
    /// The file itself was written: compare contents even when size and time look the same
    /// (time stamps are only as fine as the kernel's clock tick).
    bool m_compareContents = false;
    QString m_error;
    QFileSystemWatcher *m_watcher;
    QTimer *m_checkTimer;
};

} // namespace debrief
