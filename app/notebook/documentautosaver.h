#pragma once

#include "model/document.h"
#include "storage/storageerror.h"

#include <QObject>
#include <QTimer>

namespace debrief {

class Notebook;

/// Keeps one document's edits safe: saves them after a short pause in typing, and at once
/// when flushed (switching documents, quitting). A newer revision in the database is a
/// conflict: the edits are kept in memory and reported, never written over the other save.
class DocumentAutosaver : public QObject
{
    Q_OBJECT
public:
    explicit DocumentAutosaver(Notebook &notebook, QObject *parent = nullptr);
    ~DocumentAutosaver() override;

    /// Starts tracking @p document (flush the previous one first).
    void setDocument(const Document &document);
    [[nodiscard]] const Document &document() const { return m_document; }
    [[nodiscard]] bool hasDocument() const { return m_document.id != 0; }
    [[nodiscard]] bool isDirty() const { return m_dirty; }

    /// Records new text for the body; saved after the pause.
    void setBody(const QString &body);
    void setTitle(const QString &title);
    /// Records new metadata (title, tags, severity, status, rule, incident times and the
    /// other front-matter keys) from @p fields; its body and identity are ignored.
    void setMetadata(const Document &fields);

    /// Saves pending edits now. Returns false when they could not be saved (they are kept).
    bool flush();

    /// How a conflict with a newer stored revision ends.
    enum class Resolution
    {
        KeepMine,   ///< write my text over theirs (theirs stays in nobody's editor: the user chose)
        KeepTheirs, ///< drop my edits and continue from the stored version
        KeepBoth,   ///< save my text as a new document "… (my copy)" and continue from theirs
    };

    /// Ends a conflict reported by saveFailed(Conflict). Returns false when the resulting
    /// write failed (reported through saveFailed again); my text is never dropped unless
    /// KeepTheirs was chosen.
    bool resolveConflict(Resolution resolution);

    /// Pause after the last edit before saving, in milliseconds.
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    /// Pause before trying again after a save failed because the notebook was locked or the
    /// server unreachable, in milliseconds.
    void setRetryDelay(int milliseconds) { m_retryDelayMs = milliseconds; }

Q_SIGNALS:
    void saved(const debrief::Document &document);
    void saveFailed(const debrief::StorageError &error);
    void dirtyChanged(bool dirty);
    /// The document now shows different text than before (a conflict resolved in favour
    /// of the stored version): the editor must show document().
    void documentReplaced(const debrief::Document &document);
    /// KeepBoth created this document with my text.
    void copyCreated(const debrief::Document &copy);

private:
    void markDirty();

    Notebook &m_notebook;
    Document m_document;
    QString m_savedTitle;
    QTimer m_timer;
    int m_retryDelayMs = 0;
    bool m_dirty = false;
};

} // namespace debrief
