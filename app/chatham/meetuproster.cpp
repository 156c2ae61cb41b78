#include "chatham/meetuproster.h"

#include "storage/labelrepository.h"
#include "storage/meetuprepository.h"

namespace debrief {

MeetupRoster::MeetupRoster(qint64 meetupId, const QList<RosterEntry> &entries)
    : m_meetupId(meetupId)
    , m_roster(Roster::fromEntries(entries))
{
    m_participantIds.reserve(entries.size());
    for (const RosterEntry &entry : entries)
        m_participantIds.append(entry.participant.id);
}

Result<MeetupRoster> MeetupRoster::load(const MeetupRepository &meetups, qint64 meetupId)
{
    auto entries = meetups.roster(meetupId);
    if (!entries.ok())
        return entries.error();
    return MeetupRoster(meetupId, entries.value());
}

Result<QHash<int, QString>> MeetupRoster::storedLabels(const LabelRepository &labels, LabelStyle style) const
{
    QHash<int, QString> byIndex;
    if (m_meetupId == 0)
        return byIndex;
    auto stored = labels.labels(m_meetupId, Labeller::styleName(style));
    if (!stored.ok())
        return stored.error();
    for (int index = 0; index < m_participantIds.size(); ++index) {
        const auto it = stored.value().constFind(m_participantIds.at(index));
        if (it != stored.value().cend())
            byIndex.insert(index, it.value());
    }
    return byIndex;
}

Status MeetupRoster::storeLabels(LabelRepository &labels, LabelStyle style,
                                 const QHash<int, QString> &personLabels) const
{
    if (m_meetupId == 0 || personLabels.isEmpty())
        return {};
    QHash<qint64, QString> byParticipant;
    for (auto it = personLabels.cbegin(); it != personLabels.cend(); ++it) {
        if (it.key() >= 0 && it.key() < m_participantIds.size())
            byParticipant.insert(m_participantIds.at(it.key()), it.value());
    }
    return labels.addLabels(m_meetupId, Labeller::styleName(style), byParticipant);
}

} // namespace debrief
