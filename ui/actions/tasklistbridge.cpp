#include "actions/tasklistbridge.h"

#include "editor/documenteditor.h"
#include "notebook/notebook.h"
#include "tracker/actionscontroller.h"
#include "tracker/tasklistsyncer.h"

#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCursor>

namespace debrief {

TaskListBridge::TaskListBridge(DocumentEditor *editor, ActionsController *controller, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_controller(controller)
{
    connect(m_controller, &ActionsController::itemChanged, this, &TaskListBridge::writeChangeToText);
}

void TaskListBridge::setNotebook(Notebook *notebook)
{
    if (m_notebook)
        disconnect(m_notebook, nullptr, this, nullptr);
    m_notebook = notebook;
    m_pending.clear();
    if (m_notebook)
        // Queued: never inside the autosaver's save (nor while the window is being torn down).
        connect(m_notebook, &Notebook::documentChanged, this, &TaskListBridge::syncDocument, Qt::QueuedConnection);
}

QDate TaskListBridge::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void TaskListBridge::syncDocument(qint64 id)
{
    if (!m_notebook || id == 0)
        return;
    if (m_syncing) {
        // A save while the drop question is open: sync again once it is answered.
        if (!m_pending.contains(id))
            m_pending.append(id);
        return;
    }
    auto stored = m_notebook->documents().get(id);
    if (!stored.ok())
        return;
    m_syncing = true;
    TaskListSyncer syncer(*m_notebook);
    const TaskListSyncer::Outcome outcome = syncer.sync(stored.value(), today());
    for (const ActionItem &item : outcome.proposedDrops) {
        bool drop = false;
        if (m_askDrop) {
            drop = m_askDrop(item);
        } else {
            QMessageBox box(QMessageBox::Question, tr("Task Line Deleted"),
                            tr("The line of the action “%1” was deleted from the text.").arg(item.title),
                            QMessageBox::NoButton, m_editor);
            box.setInformativeText(tr("Drop the action, or keep it in the tracker without a line?"));
            QPushButton *dropButton = box.addButton(tr("Drop the Action"), QMessageBox::DestructiveRole);
            box.addButton(tr("Keep It"), QMessageBox::RejectRole);
            box.exec();
            drop = box.clickedButton() == dropButton;
        }
        // Re-read: the action may have changed while the question was open.
        auto current = m_notebook->actionItems().get(item.id);
        if (!current.ok())
            continue;
        (void)(drop ? syncer.drop(current.value()) : syncer.keep(current.value()));
    }
    if (outcome.bodyChanged) {
        // Relative due dates ("due:fri") are pinned to their day so the text keeps its meaning.
        if (m_editor && m_editor->documentId() == id) {
            patchEditor(stored.value().body, outcome.body, m_editor->bodyEdit()->textCursor().blockNumber());
        } else {
            Document pinned = stored.value();
            pinned.body = outcome.body;
            if (m_notebook->documents().update(pinned).ok())
                m_notebook->notifyDocumentChanged(id);
        }
    }
    m_syncing = false;
    const QList<qint64> again = std::exchange(m_pending, {});
    for (qint64 pending : again)
        syncDocument(pending);
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
        m_notebook->notifyDocumentChanged(id);
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
