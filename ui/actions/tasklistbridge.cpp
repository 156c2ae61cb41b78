#include "actions/tasklistbridge.h"

#include "actions/tasklistsync.h"
#include "editor/documenteditor.h"
#include "notebook/notebook.h"
#include "tracker/actionscontroller.h"
#include "tracker/tasklistsyncer.h"

#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>

namespace debrief {

TaskListBridge::TaskListBridge(DocumentEditor *editor, ActionsController *controller, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_controller(controller)
    , m_dropTimer(new QTimer(this))
{
    m_dropTimer->setSingleShot(true);
    m_dropTimer->setInterval(defaultDropGrace);
    connect(m_dropTimer, &QTimer::timeout, this, &TaskListBridge::flushPendingDrops);
    connect(m_controller, &ActionsController::itemChanged, this, &TaskListBridge::writeChangeToText);
}

void TaskListBridge::setNotebook(Notebook *notebook)
{
    if (m_notebook)
        disconnect(m_notebook, nullptr, this, nullptr);
    m_notebook = notebook;
    // Action ids belong to one notebook.
    m_pendingDrops.clear();
    m_dropAnswers.clear();
    m_dropTimer->stop();
    // Only saves made here: a teammate's save was synced by their own client, and syncing it
    // again would create its actions twice and rewrite their text behind their back.
    // Queued: never inside the autosaver's save (nor while the window is being torn down).
    if (m_notebook)
        connect(m_notebook, &Notebook::documentSavedHere, this, &TaskListBridge::syncDocument, Qt::QueuedConnection);
}

void TaskListBridge::setDropGrace(std::chrono::milliseconds grace)
{
    m_dropTimer->setInterval(grace);
}

QDate TaskListBridge::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void TaskListBridge::syncDocument(qint64 id)
{
    if (!m_notebook || id == 0)
        return;
    auto stored = m_notebook->documents().get(id);
    if (!stored.ok())
        return;
    TaskListSyncer syncer(*m_notebook);
    const TaskListSyncer::Outcome outcome = syncer.sync(stored.value(), today());
    // A missing line is only a pending drop: it may be a cut waiting to be pasted.
    QSet<qint64> missing;
    for (const ActionItem &item : outcome.proposedDrops) {
        missing.insert(item.id);
        m_pendingDrops.insert(item.id, id);
    }
    // A line that is back (pasted, undone) matched its action again: nothing to ask. Once
    // it is back (or the answer was saved), a later deletion is a new one, with a new question.
    m_pendingDrops.removeIf([&](const auto &entry) { return entry.value() == id && !missing.contains(entry.key()); });
    m_dropAnswers.removeIf(
        [&](const auto &entry) { return entry.value().documentId == id && !missing.contains(entry.key()); });
    // Every save that still misses a line starts the grace period again.
    if (m_pendingDrops.isEmpty())
        m_dropTimer->stop();
    else
        m_dropTimer->start();

    if (outcome.bodyChanged) {
        // Relative due dates ("due:fri") are pinned to their day so the text keeps its meaning.
        if (m_editor && m_editor->documentId() == id) {
            patchEditor(stored.value().body, outcome.body, m_editor->bodyEdit()->textCursor().blockNumber());
        } else {
            Document pinned = stored.value();
            pinned.body = outcome.body;
            if (m_notebook->documents().update(pinned).ok())
                m_notebook->notifyDocumentSavedHere(id);
        }
    }
}

QSet<qint64> TaskListBridge::actionsWithoutLine(qint64 documentId) const
{
    QString body;
    if (m_editor && m_editor->documentId() == documentId) {
        body = m_editor->bodyEdit()->toPlainText();
    } else {
        auto stored = m_notebook->documents().get(documentId);
        if (!stored.ok())
            return {};
        body = stored.value().body;
    }
    const TaskListSyncer syncer(*m_notebook);
    QSet<qint64> ids;
    for (const ActionItem &item :
         TaskListSync::plan(body, syncer.taskActions(documentId), today(), syncer.roster()).closes)
        ids.insert(item.id);
    return ids;
}

void TaskListBridge::flushPendingDrops()
{
    // One question at a time: the open one's event loop may fire the timer again.
    if (m_asking || !m_notebook)
        return;
    m_dropTimer->stop();
    const QPointer<Notebook> notebook = m_notebook;
    const QList<qint64> pending = m_pendingDrops.keys();
    // Each document's text is planned once per round, not once per action: a cut section may
    // hold dozens of tasks. A question's event loop lets the user edit, so it starts afresh.
    QHash<qint64, QSet<qint64>> missing;
    for (const qint64 itemId : pending) {
        // A sync while an earlier question was open may have settled it already.
        const auto found = m_pendingDrops.constFind(itemId);
        if (found == m_pendingDrops.constEnd())
            continue;
        const qint64 documentId = found.value();
        // Checked now, not at the save: the line may be back in the editor, not saved yet.
        if (!missing.contains(documentId))
            missing.insert(documentId, actionsWithoutLine(documentId));
        if (!missing.value(documentId).contains(itemId)) {
            m_pendingDrops.remove(itemId);
            continue;
        }
        auto current = m_notebook->actionItems().get(itemId);
        if (!current.ok()) {
            m_pendingDrops.remove(itemId);
            continue;
        }
        const auto answered = m_dropAnswers.constFind(itemId);
        bool drop = false;
        if (answered != m_dropAnswers.constEnd()) {
            drop = answered.value().drop;
        } else {
            m_asking = true;
            drop = askDrop(current.value());
            m_asking = false;
            missing.clear();
            if (m_notebook != notebook)
                return; // another notebook was opened meanwhile: these ids mean nothing there
            m_dropAnswers.insert(itemId, DropAnswer{documentId, drop});
            // Re-read: the action may have changed while the question was open.
            current = m_notebook->actionItems().get(itemId);
        }
        m_pendingDrops.remove(itemId);
        if (!current.ok())
            continue;
        TaskListSyncer syncer(*m_notebook);
        (void)(drop ? syncer.drop(current.value()) : syncer.keep(current.value()));
    }
    // Saves during a question may have found more missing lines: they get their own grace.
    if (!m_pendingDrops.isEmpty())
        m_dropTimer->start();
}

bool TaskListBridge::askDrop(const ActionItem &item)
{
    if (m_askDrop)
        return m_askDrop(item);
    QMessageBox box(QMessageBox::Question, tr("Task Line Deleted"),
                    tr("The line of the action “%1” was deleted from the text.").arg(item.title), QMessageBox::NoButton,
                    m_editor);
    box.setInformativeText(tr("Drop the action, or keep it in the tracker without a line?"));
    QPushButton *dropButton = box.addButton(tr("Drop the Action"), QMessageBox::DestructiveRole);
    QPushButton *keepButton = box.addButton(tr("Keep It"), QMessageBox::RejectRole);
    // The question comes after a pause, perhaps as typing resumes: Enter must not drop.
    box.setDefaultButton(keepButton);
    box.exec();
    return box.clickedButton() == dropButton;
}

void TaskListBridge::writeChangeToText(const ActionItem &before, const ActionItem &after)
{
    if (!m_notebook || !before.documentId || !before.fromTaskLine)
        return;
    const qint64 id = *before.documentId;
    TaskListSyncer syncer(*m_notebook);
    if (m_editor && m_editor->documentId() == id) {
        const QString body = m_editor->bodyEdit()->toPlainText();
        patchEditor(body, syncer.bodyAfterChange(body, before, after, today()), -1);
        return;
    }
    auto stored = m_notebook->documents().get(id);
    if (!stored.ok())
        return;
    Document document = stored.value();
    const QString body = syncer.bodyAfterChange(document.body, before, after, today());
    if (body == document.body)
        return;
    document.body = body;
    if (m_notebook->documents().update(document).ok())
        m_notebook->notifyDocumentSavedHere(id);
}

void TaskListBridge::patchEditor(const QString &oldBody, const QString &newBody, int skipBlock)
{
    if (oldBody == newBody || !m_editor)
        return;
    const QStringList oldLines = oldBody.split(QLatin1Char('\n'));
    const QStringList newLines = newBody.split(QLatin1Char('\n'));
    if (oldLines.size() != newLines.size())
        return;
    QTextDocument *document = m_editor->bodyEdit()->document();
    QTextCursor cursor(document);
    bool editing = false;
    for (int i = 0; i < oldLines.size(); ++i) {
        if (oldLines.at(i) == newLines.at(i) || i == skipBlock)
            continue;
        const QTextBlock block = document->findBlockByNumber(i);
        // The user may have typed since the save: only patch lines that still read the same.
        if (!block.isValid() || block.text() != oldLines.at(i))
            continue;
        if (!editing) {
            cursor.beginEditBlock(); // one undo step in the editor
            editing = true;
        }
        cursor.setPosition(block.position());
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        cursor.insertText(newLines.at(i));
    }
    if (editing)
        cursor.endEditBlock();
}

} // namespace debrief
