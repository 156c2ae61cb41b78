#pragma once

#include "chatham/roster.h"
#include "model/participant.h"
#include "storage/result.h"

namespace debrief {

class Database;
class MeetupRepository;
class ParticipantRepository;

/// What an import did: people created, and people already known who got the new details.
struct RosterImportSummary
{
    int added = 0;
    int merged = 0;
};

/// Puts the people of a roster file on a meetup's roster. A person already in the notebook
/// (the same display name, ignoring case and accents, or a shared e-mail address) is merged
/// — their aliases, handles, e-mails and URLs are added — instead of being created twice.
class RosterImporter
{
public:
    RosterImporter(Database &database, ParticipantRepository &participants, MeetupRepository &meetups)
        : m_db(database)
        , m_participants(participants)
        , m_meetups(meetups)
    {}

    /// Imports @p roster into meetup @p meetupId in one transaction: all or nothing.
    [[nodiscard]] Result<RosterImportSummary> import(qint64 meetupId, const Roster &roster);

    /// The participant a roster person becomes (no id yet).
    [[nodiscard]] static Participant toParticipant(const RosterPerson &person);
    /// Adds to @p participant what @p person knows that it does not; true when anything changed.
    static bool mergeInto(Participant &participant, const RosterPerson &person);
    /// True when @p a and @p b are the same person by name or by a shared e-mail address.
    [[nodiscard]] static bool isSamePerson(const Participant &a, const Participant &b);

private:
    Database &m_db;
    ParticipantRepository &m_participants;
    MeetupRepository &m_meetups;
};

} // namespace debrief
