#pragma once

#include "model/actionitem.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace debrief {

class ActionsController;

/// One edit of an action's fields. Redo and undo each check that nobody saved the action in
/// between; on a conflict (or a server away) the controller keeps the intended fields and
/// the command becomes obsolete (the stack drops it).
class ActionEditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(debrief::ActionEditCommand)
public:
    ActionEditCommand(ActionsController &controller, const ActionItem &before, const ActionItem &after);

    /// Applies the edit before the command is pushed; the stack's first redo() then does
    /// nothing. False (and nothing to push) on a conflict.
    bool applyFirst();
    void redo() override;
    void undo() override;

    /// What the edit changed, for the Undo menu entry ("Undo Set Due Date").
    [[nodiscard]] static QString describe(const ActionItem &before, const ActionItem &after);

private:
    bool apply(const ActionItem &fields);

    ActionsController &m_controller;
    ActionItem m_before;
    ActionItem m_after;
    qint64 m_expectedRevision;
    bool m_applied = false;
};

/// A new action; undo deletes it, redo creates it again.
class ActionCreateCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(debrief::ActionCreateCommand)
public:
    ActionCreateCommand(ActionsController &controller, const ActionItem &item);

    /// Creates the action before the command is pushed (see ActionEditCommand::applyFirst).
    bool applyFirst();
    void redo() override;
    void undo() override;
    [[nodiscard]] const ActionItem &created() const { return m_created; }

private:
    ActionsController &m_controller;
    ActionItem m_item;
    ActionItem m_created;
    bool m_applied = false;
};

} // namespace debrief
