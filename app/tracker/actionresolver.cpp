#include "tracker/actionresolver.h"

namespace debrief {

ActionItem ActionResolver::withEditableFields(const ActionItem &target, const ActionItem &fields)
{
    ActionItem next = target;
    next.title = fields.title;
    next.ownerParticipantId = fields.ownerParticipantId;
    next.ownerText = fields.ownerText;
    next.dueDate = fields.dueDate;
    next.status = fields.status;
    next.priority = fields.priority;
    next.ticketUrl = fields.ticketUrl;
    return next;
}

ActionItem ActionResolver::keepMine(const ActionItem &theirs, const ActionItem &mine)
{
    return withEditableFields(theirs, mine);
}

ActionItem ActionResolver::keepBoth(const ActionItem &theirs, const ActionItem &mine)
{
    ActionItem copy;
    copy.documentId = theirs.documentId;
    copy.meetupId = theirs.meetupId;
    copy = withEditableFields(copy, mine);
    // A new row, not the task line of theirs: the document's `- [ ]` line stays theirs.
    copy.fromTaskLine = false;
    if (copy.title.trimmed() == theirs.title.trimmed())
        copy.title = tr("%1 (my copy)").arg(mine.title.trimmed());
    return copy;
}

} // namespace debrief
