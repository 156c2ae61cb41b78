#include "tracker/actionscontroller.h"

#include "notebook/notebook.h"
#include "tracker/actioncommands.h"

#include <QUndoStack>

#include <memory>

namespace debrief {

ActionsController::ActionsController(QObject *parent)
    : QObject(parent)
    , m_stack(new QUndoStack(this))
{}

ActionsController::~ActionsController() = default;

void ActionsController::setNotebook(Notebook *notebook)
{
    m_stack->clear();
    m_notebook = notebook;
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
    return true;
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
    ActionItem next = before;
    next.title = fields.title;
    next.ownerParticipantId = fields.ownerParticipantId;
    next.ownerText = fields.ownerText;
    next.dueDate = fields.dueDate;
    next.status = fields.status;
    next.priority = fields.priority;
    next.ticketUrl = fields.ticketUrl;
    // The repository compares this revision with the stored one.
    next.revision = expectedRevision;
    auto saved = m_notebook->actionItems().update(next);
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
