#include "tracker/actioncommands.h"

#include "tracker/actionscontroller.h"

#include <utility>

namespace debrief {

ActionEditCommand::ActionEditCommand(ActionsController &controller, const ActionItem &before, const ActionItem &after)
    : QUndoCommand(describe(before, after))
    , m_controller(controller)
    , m_before(before)
    , m_after(after)
    , m_expectedRevision(before.revision)
{}

QString ActionEditCommand::describe(const ActionItem &before, const ActionItem &after)
{
    if (before.status != after.status)
        return tr("Set Status to %1").arg(displayName(after.status));
    if (before.dueDate != after.dueDate)
        return after.dueDate.isValid() ? tr("Set Due Date") : tr("Clear Due Date");
    if (before.priority != after.priority)
        return tr("Set Priority to %1").arg(displayName(after.priority));
    if (before.ownerParticipantId != after.ownerParticipantId || before.ownerText != after.ownerText)
        return tr("Set Owner");
    if (before.title != after.title)
        return tr("Rename Action");
    return tr("Edit Action");
}

bool ActionEditCommand::apply(const ActionItem &fields)
{
    auto saved = m_controller.writeFields(m_before.id, m_expectedRevision, fields);
    if (!saved.ok()) {
        // The controller keeps what the user meant (a conflict to resolve, or an edit waiting
        // for the server); this step goes, since undoing or redoing it over someone else's
        // save would lose theirs.
        ActionItem intended = fields;
        intended.id = m_before.id;
        intended.revision = m_expectedRevision;
        if (!m_controller.keepUnsaved(intended, saved.error()))
            m_controller.reportFailure(saved.error().message());
        setObsolete(true);
        return false;
    }
    m_expectedRevision = saved.value().revision;
    return true;
}

bool ActionEditCommand::applyFirst()
{
    m_applied = apply(m_after);
    return m_applied;
}

void ActionEditCommand::redo()
{
    if (std::exchange(m_applied, false))
        return;
    apply(m_after);
}

void ActionEditCommand::undo()
{
    apply(m_before);
}

ActionCreateCommand::ActionCreateCommand(ActionsController &controller, const ActionItem &item)
    : QUndoCommand(tr("Add Action “%1”").arg(item.title))
    , m_controller(controller)
    , m_item(item)
{}

bool ActionCreateCommand::applyFirst()
{
    redo();
    m_applied = !isObsolete();
    return m_applied;
}

void ActionCreateCommand::redo()
{
    if (std::exchange(m_applied, false))
        return;
    auto created = m_controller.insert(m_item);
    if (!created.ok()) {
        m_controller.reportFailure(created.error().message());
        setObsolete(true);
        return;
    }
    m_created = created.value();
}

void ActionCreateCommand::undo()
{
    const Status removed = m_controller.removeItem(m_created.id, m_created.revision);
    if (!removed.ok()) {
        m_controller.reportFailure(removed.error().message());
        setObsolete(true);
    }
}

} // namespace debrief
