#pragma once

#include "model/actionitem.h"

#include <QCoreApplication>

namespace debrief {

/// What each way out of an action conflict writes. Pure functions on values: the controller
/// reads and writes, this only decides, so every choice can be checked without a database.
class ActionResolver
{
    Q_DECLARE_TR_FUNCTIONS(debrief::ActionResolver)
public:
    enum class Resolution
    {
        KeepMine,   ///< my fields over the newer revision
        KeepTheirs, ///< drop mine: the stored action stays as they saved it
        KeepBoth,   ///< theirs stays, mine becomes a new action beside it
    };

    /// @p target with the fields a user edits in the tracker (title, owner, due date, status,
    /// priority, ticket) taken from @p fields; id, links and revision stay @p target's.
    [[nodiscard]] static ActionItem withEditableFields(const ActionItem &target, const ActionItem &fields);
    /// Keep Mine: the update to save over @p theirs (it carries their revision, so a third
    /// save in between is a conflict again rather than overwritten).
    [[nodiscard]] static ActionItem keepMine(const ActionItem &theirs, const ActionItem &mine);
    /// Keep Both: the new action holding my fields, in the same document and meetup as
    /// @p theirs. Its title is marked only when it would read the same as theirs.
    [[nodiscard]] static ActionItem keepBoth(const ActionItem &theirs, const ActionItem &mine);
};

} // namespace debrief
