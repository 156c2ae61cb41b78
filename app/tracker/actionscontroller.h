#pragma once

#include "actions/quickcaptureparser.h"
#include "model/actionitem.h"
#include "model/participant.h"
#include "storage/result.h"

#include <QObject>
#include <QPointer>

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
/// at once through the repository with its revision check; a conflict changes nothing,
/// says so through failed() and asks views to reload, never overwriting the other save.
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

Q_SIGNALS:
    /// A stored action changed from @p before to @p after (by an edit, its undo or redo).
    void itemChanged(const debrief::ActionItem &before, const debrief::ActionItem &after);
    void itemCreated(const debrief::ActionItem &item);
    /// A change could not be saved; @p message is a sentence for the user.
    void failed(const QString &message);

private:
    QPointer<Notebook> m_notebook;
    QUndoStack *m_stack;
};

} // namespace debrief
