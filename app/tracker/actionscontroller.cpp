#include "tracker/actionscontroller.h"

#include "notebook/notebook.h"
#include "tracker/actioncommands.h"

#include <QUndoStack>

#include <memory>

namespace debrief {

namespace {

/// How often waiting edits are tried again: the autosaver's rhythm for a server away.
constexpr int retryIntervalMs = 5000;

} // namespace

ActionsController::ActionsController(QObject *parent)
    : QObject(parent)
    , m_stack(new QUndoStack(this))
{
    m_retryTimer.setInterval(retryIntervalMs);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ActionsController::retryPending);
}

ActionsController::~ActionsController() = default;

void ActionsController::setNotebook(Notebook *notebook)
{
    m_stack->clear();
    if (notebook == m_notebook)
        return;
    m_notebook = notebook;
    // Ids mean nothing in another notebook: what was kept belongs to the one closed.
    if (!m_conflicts.empty()) {
        m_conflicts.clear();
        Q_EMIT conflictsChanged();
    }
    setPending({});
}

Notebook *ActionsController::notebook() const
{
    return m_notebook;
}

bool ActionsController::edit(const ActionItem &edited)
{
    if (!m_notebook)
        return false;
    auto stored = m_notebook->actionItems().get(edited.id);
    if (!stored.ok()) {
        if (!keepUnsaved(edited, stored.error()))
            reportFailure(stored.error().message());
        return false;
    }
    ActionItem before = stored.value();
    // The user edited what they saw: if that is not the stored revision any more, someone
    // else saved in between.
    before.revision = edited.revision;
    auto command = std::make_unique<ActionEditCommand>(*this, before, edited);
    if (!command->applyFirst())
        return false;
    m_stack->push(command.release());
    // Saved: a queued version of this action is superseded (it was part of what the user
    // saw and edited, since the table shows waiting edits).
    if (m_pending.contains(edited.id)) {
        auto pending = m_pending;
        pending.erase(edited.id);
        setPending(std::move(pending));
    }
    // A newer edit of the same action is saved: the older kept version must not come back
    // through Keep Mine or Keep Both.
    if (m_conflicts.erase(edited.id) > 0)
        Q_EMIT conflictsChanged();
    return true;
}

QList<ActionItem> ActionsController::conflicts() const
{
    QList<ActionItem> kept;
    for (const auto &[id, item] : m_conflicts)
        kept.append(item);
    return kept;
}

bool ActionsController::resolveConflict(qint64 id, ActionResolver::Resolution resolution)
{
    using Resolution = ActionResolver::Resolution;
    const auto found = m_conflicts.find(id);
    if (found == m_conflicts.end() || !m_notebook)
        return false;
    const ActionItem mine = found->second;
    if (resolution == Resolution::KeepTheirs) {
        m_conflicts.erase(found);
        Q_EMIT conflictsChanged();
        m_notebook->notifyActionItemsChanged();
        return true;
    }
    auto theirs = m_notebook->actionItems().get(id);
    if (!theirs.ok() && theirs.error().kind() != StorageError::Kind::NotFound) {
        reportFailure(theirs.error().message());
        return false;
    }
    m_conflicts.erase(found);
    bool written = false;
    if (!theirs.ok()) {
        // They deleted it: keeping mine (alone or beside theirs) means bringing it back.
        ActionItem again = ActionResolver::withEditableFields(ActionItem{}, mine);
        again.documentId = mine.documentId;
        again.meetupId = mine.meetupId;
        written = create(again).has_value();
    } else if (resolution == Resolution::KeepMine) {
        ActionItem update = ActionResolver::keepMine(theirs.value(), mine);
        written = edit(update);
    } else {
        written = create(ActionResolver::keepBoth(theirs.value(), mine)).has_value();
    }
    // Not written and not kept by edit() either (a conflict again, or queued): keep it here.
    if (!written && !m_conflicts.contains(id) && !m_pending.contains(id))
        m_conflicts.emplace(id, mine);
    Q_EMIT conflictsChanged();
    return written;
}

QList<ActionItem> ActionsController::pendingEdits() const
{
    QList<ActionItem> waiting;
    for (const auto &[id, item] : m_pending)
        waiting.append(item);
    return waiting;
}

std::optional<ActionItem> ActionsController::pendingEdit(qint64 id) const
{
    const auto found = m_pending.find(id);
    if (found == m_pending.end())
        return std::nullopt;
    return found->second;
}

void ActionsController::retryPending()
{
    m_retryTimer.stop();
    if (!m_notebook || m_pending.empty())
        return;
    const std::map<qint64, ActionItem> queued = m_pending;
    for (const auto &[id, intended] : queued) {
        if (!m_pending.contains(id))
            continue;
        m_pending.erase(id); // edit() queues it again while the server is still away
        edit(intended);
        if (m_pending.contains(id))
            break; // still away: the others would only wait for the same timeout
    }
    if (!m_pending.empty() && !m_retryTimer.isActive())
        m_retryTimer.start();
    Q_EMIT pendingChanged(int(m_pending.size()));
}

void ActionsController::setWriterForTesting(std::function<Result<ActionItem>(const ActionItem &)> writer)
{
    m_writer = std::move(writer);
}

bool ActionsController::keepUnsaved(const ActionItem &intended, const StorageError &error)
{
    switch (error.kind()) {
    case StorageError::Kind::Conflict: {
        auto pending = m_pending;
        pending.erase(intended.id);
        m_conflicts.insert_or_assign(intended.id, intended);
        Q_EMIT conflictsChanged();
        setPending(std::move(pending));
        return true;
    }
    case StorageError::Kind::Disconnected: {
        auto pending = m_pending;
        ActionItem kept = intended;
        // The revision first edited decides whether someone else saved meanwhile.
        if (const auto earlier = pending.find(intended.id); earlier != pending.end())
            kept.revision = earlier->second.revision;
        pending.insert_or_assign(intended.id, kept);
        setPending(std::move(pending));
        return true;
    }
    default:
        return false;
    }
}

void ActionsController::setPending(std::map<qint64, ActionItem> pending)
{
    const bool changed = !(pending.empty() && m_pending.empty());
    m_pending = std::move(pending);
    if (m_pending.empty())
        m_retryTimer.stop();
    else if (!m_retryTimer.isActive())
        m_retryTimer.start();
    if (changed)
        Q_EMIT pendingChanged(int(m_pending.size()));
}

std::optional<ActionItem> ActionsController::create(const ActionItem &item)
{
    if (!m_notebook)
        return std::nullopt;
    auto command = std::make_unique<ActionCreateCommand>(*this, item);
    if (!command->applyFirst())
        return std::nullopt;
    const ActionItem created = command->created();
    m_stack->push(command.release());
    return created;
}

ActionItem ActionsController::itemFor(const QuickCapture &capture, const CaptureTarget &target)
{
    ActionItem item = capture.toActionItem();
    item.documentId = target.documentId;
    item.meetupId = target.meetupId;
    return item;
}

Result<Participant> ActionsController::addToRoster(const QString &name, std::optional<qint64> meetupId)
{
    if (!m_notebook)
        return StorageError(StorageError::Kind::Invalid, tr("No notebook is open."));
    Participant person;
    person.displayName = name.trimmed();
    auto created = m_notebook->participants().create(person);
    if (!created.ok())
        return created;
    if (meetupId) {
        if (Status placed = m_notebook->meetups().setRole(*meetupId, created.value().id, MeetupRole::Attendee); !placed)
            return placed.error();
    }
    m_notebook->notifyParticipantsChanged();
    return created;
}

Result<ActionItem> ActionsController::writeFields(qint64 id, qint64 expectedRevision, const ActionItem &fields)
{
    if (!m_notebook)
        return StorageError(StorageError::Kind::Invalid, tr("No notebook is open."));
    auto stored = m_notebook->actionItems().get(id);
    if (!stored.ok())
        return stored;
    const ActionItem before = stored.value();
    ActionItem next = ActionResolver::withEditableFields(before, fields);
    // The repository compares this revision with the stored one.
    next.revision = expectedRevision;
    auto saved = m_writer ? m_writer(next) : m_notebook->actionItems().update(next);
    if (!saved.ok()) {
        // Show the stored state again (the row may hold the rejected edit).
        m_notebook->notifyActionItemsChanged();
        return saved;
    }
    Q_EMIT itemChanged(before, saved.value());
    m_notebook->notifyActionItemsChanged();
    return saved;
}

Result<ActionItem> ActionsController::insert(const ActionItem &item)
{
    if (!m_notebook)
        return StorageError(StorageError::Kind::Invalid, tr("No notebook is open."));
    auto created = m_notebook->actionItems().create(item);
    if (created.ok()) {
        Q_EMIT itemCreated(created.value());
        m_notebook->notifyActionItemsChanged();
    }
    return created;
}

Status ActionsController::removeItem(qint64 id, qint64 expectedRevision)
{
    if (!m_notebook)
        return StorageError(StorageError::Kind::Invalid, tr("No notebook is open."));
    auto stored = m_notebook->actionItems().get(id);
    if (!stored.ok())
        return stored.error();
    if (stored.value().revision != expectedRevision) {
        m_notebook->notifyActionItemsChanged();
        return StorageError::conflict(stored.value().title);
    }
    Status removed = m_notebook->actionItems().remove(id);
    if (removed.ok())
        m_notebook->notifyActionItemsChanged();
    return removed;
}

void ActionsController::reportFailure(const QString &message)
{
    Q_EMIT failed(message);
}

} // namespace debrief
