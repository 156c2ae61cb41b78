#pragma once

#include "chatham/labeller.h"
#include "chatham/roster.h"
#include "storage/result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace debrief {

class LabelRepository;
class MeetupRepository;

/// A meetup's roster as the anonymiser sees it, with the participant id behind each roster
/// index, so that labels given by one export can be stored and given again by the next.
/// The label mapping stays in the notebook: nothing here writes it anywhere else.
class MeetupRoster
{
public:
    MeetupRoster() = default;
    MeetupRoster(qint64 meetupId, const QList<RosterEntry> &entries);

    /// Reads the roster of @p meetupId.
    [[nodiscard]] static Result<MeetupRoster> load(const MeetupRepository &meetups, qint64 meetupId);

    [[nodiscard]] qint64 meetupId() const { return m_meetupId; }
    [[nodiscard]] const Roster &roster() const { return m_roster; }
    [[nodiscard]] const QList<qint64> &participantIds() const { return m_participantIds; }

    /// The labels earlier exports gave in @p style, by roster index.
    [[nodiscard]] Result<QHash<int, QString>> storedLabels(const LabelRepository &labels, LabelStyle style) const;
    /// Remembers @p personLabels (roster index → label, as the Labeller gave them); labels
    /// stored before are never changed.
    [[nodiscard]] Status storeLabels(LabelRepository &labels, LabelStyle style,
                                     const QHash<int, QString> &personLabels) const;

private:
    qint64 m_meetupId = 0;
    Roster m_roster;
    QList<qint64> m_participantIds;
};

} // namespace debrief
