#pragma once

#include "model/actionitem.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <chrono>
#include <functional>

class QTimer;

namespace debrief {

class ActionsController;
class DocumentEditor;
class Notebook;

/// Keeps task lines and the tracker in step in the running app. After a document is saved
/// (never per keystroke) its `- [ ]` lines are synced into the tracker. A line that is gone is
/// not asked about at once: cutting a line to paste it elsewhere lets an autosave run in
/// between, so the action waits as a pending drop, is forgotten silently when its line comes
/// back, and only when it is still missing after a quiet grace period does the user decide
/// whether to drop it — once per action. A tracker change to an action that came from a line
/// (ticked done, title, owner, due date, priority) is written into the text: into the open
/// editor as one undoable edit, or into the stored body when the document is not open.
class TaskListBridge : public QObject
{
    Q_OBJECT
public:
    /// Asked about an action whose line was deleted: true drops it, false keeps it.
    using DropQuestion = std::function<bool(const ActionItem &item)>;

    /// How long after the last save that still misses a line the question waits. Long enough
    /// to find the place to paste a cut line; counted from the last save so that nobody is
    /// interrupted by a modal question while typing.
    static constexpr std::chrono::milliseconds defaultDropGrace = std::chrono::seconds(20);

    TaskListBridge(DocumentEditor *editor, ActionsController *controller, QObject *parent = nullptr);

    void setNotebook(Notebook *notebook);
    /// Test seam for the drop question (default: a message box).
    void setDropQuestion(DropQuestion question) { m_askDrop = std::move(question); }
    /// Test seam for the grace period before the drop question (default defaultDropGrace).
    void setDropGrace(std::chrono::milliseconds grace);
    /// The day relative due dates count from (tests; invalid: the real today).
    void setToday(const QDate &today) { m_today = today; }

    /// Syncs the stored document @p id into the tracker now.
    void syncDocument(qint64 id);
    /// Settles every pending drop now, as the grace timer does: an action whose line is back
    /// (in the editor's text, saved or not) is forgotten, the others are asked about, or get
    /// the answer already given for them. Does nothing while a drop question is open.
    void flushPendingDrops();
    /// Actions whose lines are missing and that are waiting for the grace period.
    [[nodiscard]] QList<qint64> pendingDrops() const { return m_pendingDrops.keys(); }

private:
    void writeChangeToText(const ActionItem &before, const ActionItem &after);
    /// Replaces the lines of the open editor that differ from @p newBody, if the editor still
    /// shows @p oldBody on them; skips block @p skipBlock (where the user is typing).
    void patchEditor(const QString &oldBody, const QString &newBody, int skipBlock);
    /// The open task actions of @p documentId that its text has no line for: the editor's text
    /// when it shows the document (a pasted line may not be saved yet), else the stored body.
    [[nodiscard]] QSet<qint64> actionsWithoutLine(qint64 documentId) const;
    [[nodiscard]] bool askDrop(const ActionItem &item);
    [[nodiscard]] QDate today() const;

    QPointer<Notebook> m_notebook;
    QPointer<DocumentEditor> m_editor;
    QPointer<ActionsController> m_controller;
    DropQuestion m_askDrop;
    QDate m_today;
    QTimer *m_dropTimer = nullptr;
    /// Action id → document id, for actions whose lines went missing, not yet settled.
    QHash<qint64, qint64> m_pendingDrops;
    struct DropAnswer
    {
        qint64 documentId = 0;
        bool drop = false;
    };
    /// The answer given per action while its line stays missing, so that nobody is asked
    /// twice about one deletion (a drop or keep that failed to save is retried silently).
    QHash<qint64, DropAnswer> m_dropAnswers;
    /// A drop question is open (its event loop runs timers and syncs).
    bool m_asking = false;
};

} // namespace debrief
