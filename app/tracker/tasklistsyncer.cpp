#include "tracker/tasklistsyncer.h"

#include "actions/tasklistsync.h"
#include "notebook/notebook.h"

namespace debrief {

TaskListSyncer::TaskListSyncer(Notebook &notebook)
    : m_notebook(notebook)
{}

QList<ActionItem> TaskListSyncer::taskActions(qint64 documentId) const
{
    ActionItemRepository::Filter filter;
    filter.documentId = documentId;
    auto listed = m_notebook.actionItems().list(filter);
    QList<ActionItem> fromLines;
    if (!listed.ok())
        return fromLines;
    for (const ActionItem &item : listed.value()) {
        if (item.fromTaskLine)
            fromLines.append(item);
    }
    return fromLines;
}

OwnerMatcher TaskListSyncer::roster() const
{
    auto people = m_notebook.participants().list();
    return OwnerMatcher(people.ok() ? people.value() : QList<Participant>());
}

TaskListSyncer::Outcome TaskListSyncer::sync(const Document &document, const QDate &today)
{
    Outcome outcome;
    outcome.body = document.body;
    if (document.id == 0)
        return outcome;
    const TaskListSyncPlan plan = TaskListSync::plan(document.body, taskActions(document.id), today, roster());
    bool changed = false;
    for (ActionItem item : plan.creates) {
        item.documentId = document.id;
        item.meetupId = document.meetupId;
        item.fromTaskLine = true;
        auto created = m_notebook.actionItems().create(item);
        if (created.ok()) {
            ++outcome.created;
            changed = true;
        } else {
            outcome.problems.append(created.error().message());
        }
    }
    for (const ActionItem &item : plan.updates) {
        auto updated = m_notebook.actionItems().update(item);
        if (updated.ok()) {
            ++outcome.updated;
            changed = true;
        } else {
            outcome.problems.append(updated.error().message());
        }
    }
    for (const ActionItem &closing : plan.closes) {
        ActionItem stored = closing;
        // The plan proposes Dropped; until the user agrees the action stays as it is.
        for (const ActionItem &item : taskActions(document.id)) {
            if (item.id == closing.id)
                stored = item;
        }
        outcome.proposedDrops.append(stored);
    }
    outcome.body = plan.body;
    outcome.bodyChanged = plan.bodyChanged;
    if (changed)
        m_notebook.notifyActionItemsChanged();
    return outcome;
}

Result<ActionItem> TaskListSyncer::drop(const ActionItem &item)
{
    ActionItem dropped = item;
    dropped.status = ActionStatus::Dropped;
    auto saved = m_notebook.actionItems().update(dropped);
    if (saved.ok())
        m_notebook.notifyActionItemsChanged();
    return saved;
}

Result<ActionItem> TaskListSyncer::keep(const ActionItem &item)
{
    ActionItem kept = item;
    kept.fromTaskLine = false;
    auto saved = m_notebook.actionItems().update(kept);
    if (saved.ok())
        m_notebook.notifyActionItemsChanged();
    return saved;
}

QString TaskListSyncer::bodyAfterChange(const QString &body, const ActionItem &before, const ActionItem &after,
                                        const QDate &today) const
{
    if (!before.documentId || !before.fromTaskLine)
        return body;
    QList<ActionItem> existing = taskActions(*before.documentId);
    for (ActionItem &item : existing) {
        if (item.id == before.id)
            item = before;
    }
    return TaskListSync::applyToBody(body, existing, after, today, roster());
}

} // namespace debrief
