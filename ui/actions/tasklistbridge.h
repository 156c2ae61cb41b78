#pragma once

#include "model/actionitem.h"

#include <QDate>
#include <QObject>
#include <QPointer>

#include <functional>

namespace debrief {

class ActionsController;
class DocumentEditor;
class Notebook;

/// Keeps task lines and the tracker in step in the running app. After a document is saved
/// (never per keystroke) its `- [ ]` lines are synced into the tracker; a line that is gone
/// asks whether to drop its action. A tracker change to an action that came from a line
/// (ticked done, due date, priority) is written into the text: into the open editor as one
/// undoable edit, or into the stored body when the document is not open.
class TaskListBridge : public QObject
{
    Q_OBJECT
public:
    /// Asked about an action whose line was deleted: true drops it, false keeps it.
    using DropQuestion = std::function<bool(const ActionItem &item)>;

    TaskListBridge(DocumentEditor *editor, ActionsController *controller, QObject *parent = nullptr);

    void setNotebook(Notebook *notebook);
    /// Test seam for the drop question (default: a message box).
    void setDropQuestion(DropQuestion question) { m_askDrop = std::move(question); }
    /// The day relative due dates count from (tests; invalid: the real today).
    void setToday(const QDate &today) { m_today = today; }

    /// Syncs the stored document @p id into the tracker now.
    void syncDocument(qint64 id);

private:
    void writeChangeToText(const ActionItem &before, const ActionItem &after);
    /// Replaces the lines of the open editor that differ from @p newBody, if the editor still
    /// shows @p oldBody on them; skips block @p skipBlock (where the user is typing).
    void patchEditor(const QString &oldBody, const QString &newBody, int skipBlock);
    [[nodiscard]] QDate today() const;

    QPointer<Notebook> m_notebook;
    QPointer<DocumentEditor> m_editor;
    QPointer<ActionsController> m_controller;
    DropQuestion m_askDrop;
    QDate m_today;
    bool m_syncing = false;
    QList<qint64> m_pending;
};

} // namespace debrief
