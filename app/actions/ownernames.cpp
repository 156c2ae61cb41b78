#include "actions/ownernames.h"

#include "actions/ownermatcher.h"

namespace debrief {

OwnerNames::OwnerNames(const QList<Participant> &roster)
{
    for (const auto &participant : roster)
        m_names.insert(participant.id, participant.displayName);
}

QString OwnerNames::nameFor(const ActionItem &item) const
{
    if (item.ownerParticipantId) {
        const QString name = m_names.value(*item.ownerParticipantId);
        if (!name.isEmpty())
            return name;
    }
    return item.ownerText.trimmed();
}

QString OwnerNames::keyFor(const ActionItem &item) const
{
    if (item.ownerParticipantId && m_names.contains(*item.ownerParticipantId))
        return QStringLiteral("#") + QString::number(*item.ownerParticipantId);
    return OwnerMatcher::fold(item.ownerText.trimmed());
}

QString OwnerNames::noOwner()
{
    return tr("No owner");
}

} // namespace debrief
