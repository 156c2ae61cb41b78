#include "importer/tasklineimport.h"

#include "actions/tasklistsync.h"

#include <QHash>
#include <QSet>

namespace debrief {

namespace {

bool differs(const ActionItem &a, const ActionItem &b)
{
    return a.title != b.title || a.ownerParticipantId != b.ownerParticipantId || a.ownerText != b.ownerText ||
           a.dueDate != b.dueDate || a.priority != b.priority || a.ticketUrl != b.ticketUrl || a.status != b.status;
}

QList<ActionItem> asStored(const QList<ActionItem> &closes, const QHash<qint64, ActionItem> &existing)
{
    // The plan proposes them as dropped; until someone decides, they stay as they are.
    QList<ActionItem> stored;
    for (const ActionItem &item : closes)
        stored.append(existing.value(item.id, item));
    return stored;
}

QHash<qint64, ActionItem> byId(const QList<ActionItem> &items)
{
    QHash<qint64, ActionItem> result;
    for (const ActionItem &item : items)
        result.insert(item.id, item);
    return result;
}

} // namespace

TaskLineImport TaskLineImport::plan(const QString &fileBody, const QList<ActionItem> &existing, const QDate &today,
                                    const OwnerMatcher &roster, const QString &notebookBody,
                                    const QStringList &previousLines)
{
    const TaskListSyncPlan plan = TaskListSync::plan(fileBody, existing, today, roster);
    // Each action's line in the notebook copy, as the tracker last wrote it.
    QHash<qint64, QString> notebookLines;
    if (!notebookBody.isEmpty()) {
        const QStringList lines = notebookBody.split(QLatin1Char('\n'));
        for (const TaskListSyncPlan::Link &link : TaskListSync::plan(notebookBody, existing, today, roster).links) {
            if (link.itemId != 0)
                notebookLines.insert(link.itemId, lines.at(link.line));
        }
    }
    const QSet<QString> unchanged(previousLines.begin(), previousLines.end());
    const QHash<qint64, ActionItem> stored = byId(existing);
    const QHash<qint64, ActionItem> planned = byId(plan.updates);
    QHash<int, TaskLine> lineTasks;
    for (const DocumentTask &task : TaskListSync::findTasks(fileBody, today, roster))
        lineTasks.insert(task.line, task.task);

    TaskLineImport result;
    QStringList lines = fileBody.split(QLatin1Char('\n'));
    for (const TaskListSyncPlan::Link &link : plan.links) {
        const TaskLine task = lineTasks.value(link.line);
        const bool relativeDue = task.capture.due && task.capture.due->relative;
        QString &line = lines[link.line];
        if (link.itemId == 0) {
            const ActionItem &created = plan.creates.at(link.createIndex);
            result.creates.append(created);
            if (relativeDue)
                line = TaskLineWriter::withDueDate(line, created.dueDate);
            continue;
        }
        const ActionItem before = stored.value(link.itemId);
        if (unchanged.contains(line) && notebookLines.contains(link.itemId)) {
            line = notebookLines.value(link.itemId);
            continue;
        }
        ActionItem after = planned.value(link.itemId, before);
        const bool lineCloses = task.done || task.dropped;
        if (isClosed(before.status) && !lineCloses) {
            after.status = before.status;
            line = TaskLineWriter::withDone(line, after.status == ActionStatus::Done);
            line = TaskLineWriter::withDropped(line, after.status == ActionStatus::Dropped);
        }
        if (relativeDue) {
            if (before.dueDate.isValid())
                after.dueDate = before.dueDate;
            line = TaskLineWriter::withDueDate(line, after.dueDate);
        }
        if (differs(after, before))
            result.updates.append(after);
    }
    result.missing = asStored(plan.closes, stored);
    result.body = lines.join(QLatin1Char('\n'));
    return result;
}

QStringList TaskLineImport::taskLinesOf(const QString &body, const QDate &today)
{
    const QStringList lines = body.split(QLatin1Char('\n'));
    QStringList tasks;
    for (const DocumentTask &task : TaskListSync::findTasks(body, today))
        tasks.append(lines.at(task.line));
    return tasks;
}

QList<ActionItem> TaskLineImport::missingFrom(const QString &body, const QList<ActionItem> &existing,
                                              const QDate &today, const OwnerMatcher &roster)
{
    return asStored(TaskListSync::plan(body, existing, today, roster).closes, byId(existing));
}

} // namespace debrief
