#pragma once

#include "actions/quickcaptureparser.h"
#include "model/actionitem.h"
#include "model/participant.h"
#include "storage/result.h"
#include "tracker/actionresolver.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <map>
#include <optional>

class QUndoStack;

namespace debrief {

class Notebook;

/// Where a new action belongs: a document and/or a meetup (both optional).
struct CaptureTarget
{
    std::optional<qint64> documentId;
    std::optional<qint64> meetupId;
};

/// Applies the tracker's edits to the notebook as undoable commands. Every change is saved
/// at once through the repository with its revision check. An edit is never lost and never
/// written over another save: one that meets a newer revision is kept as a conflict until
/// the user picks Keep Mine, Keep Theirs or Keep Both; one that cannot reach the server is
/// kept in a queue and written when the server answers again.
class ActionsController : public QObject
{
    Q_OBJECT
public:
    explicit ActionsController(QObject *parent = nullptr);
    ~ActionsController() override;

    /// Clears the undo history: commands never outlive their notebook.
    void setNotebook(Notebook *notebook);
    [[nodiscard]] Notebook *notebook() const;
    [[nodiscard]] QUndoStack *undoStack() const { return m_stack; }

    /// Saves the user-editable fields of @p edited (title, owner, due date, status, priority,
    /// ticket) over the stored action, if its revision is still @p edited.revision.
    bool edit(const ActionItem &edited);
    /// The edits kept because someone else saved first: the user's intended fields, with the
    /// revision they edited, by action id.
    [[nodiscard]] QList<ActionItem> conflicts() const;
    /// Resolves the conflict on action @p id; false (and the conflict kept) when the choice
    /// could not be written yet.
    bool resolveConflict(qint64 id, ActionResolver::Resolution resolution);

    /// Edits waiting for the server, oldest action first; not saved until pendingChanged()
    /// says they are gone.
    [[nodiscard]] QList<ActionItem> pendingEdits() const;
    [[nodiscard]] std::optional<ActionItem> pendingEdit(qint64 id) const;
    /// Tries the waiting edits now (a timer does it every few seconds while there are any).
    void retryPending();
    void setRetryDelay(int milliseconds) { m_retryTimer.setInterval(milliseconds); }
    /// Tests: stands in for the repository's update, to play an unreachable server.
    void setWriterForTesting(std::function<Result<ActionItem>(const ActionItem &)> writer);

    /// Creates @p item (undo deletes it again); returns it as stored.
    std::optional<ActionItem> create(const ActionItem &item);

    /// The action @p capture describes, linked to @p target.
    [[nodiscard]] static ActionItem itemFor(const QuickCapture &capture, const CaptureTarget &target);
    /// Puts a new participant called @p name on the notebook's roster, and on the meetup's
    /// roster as an attendee when @p meetupId is given.
    Result<Participant> addToRoster(const QString &name, std::optional<qint64> meetupId);

    // Used by the commands: write and report.
    Result<ActionItem> writeFields(qint64 id, qint64 expectedRevision, const ActionItem &fields);
    Result<ActionItem> insert(const ActionItem &item);
    Status removeItem(qint64 id, qint64 expectedRevision);
    void reportFailure(const QString &message);
    /// Keeps @p intended (its revision: the one the user edited) when @p error says it may be
    /// written later: a conflict to resolve, or a server away. False for other errors.
    bool keepUnsaved(const ActionItem &intended, const StorageError &error);

Q_SIGNALS:
    /// A stored action changed from @p before to @p after (by an edit, its undo or redo).
    void itemChanged(const debrief::ActionItem &before, const debrief::ActionItem &after);
    void itemCreated(const debrief::ActionItem &item);
    /// A change could not be saved; @p message is a sentence for the user.
    void failed(const QString &message);
    /// An edit became a conflict, or a conflict was resolved.
    void conflictsChanged();
    /// The number of edits waiting for the server changed.
    void pendingChanged(int count);

private:
    void setPending(std::map<qint64, ActionItem> pending);

    QPointer<Notebook> m_notebook;
    QUndoStack *m_stack;
    std::map<qint64, ActionItem> m_conflicts;
    std::map<qint64, ActionItem> m_pending;
    QTimer m_retryTimer;
    std::function<Result<ActionItem>(const ActionItem &)> m_writer;
};

} // namespace debrief
