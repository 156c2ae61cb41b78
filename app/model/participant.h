#pragma once

#include "model/enums.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace debrief {

/// Another way a participant may be written: a nickname, @handle, e-mail or profile URL.
struct ParticipantAlias
{
    AliasKind kind = AliasKind::Name;
    QString value;

    friend bool operator==(const ParticipantAlias &, const ParticipantAlias &) = default;
};

/// A person on a roster. Everything here identifies someone and never leaves the notebook
/// un-anonymised in Chatham House mode.
struct Participant
{
    qint64 id = 0;
    QString displayName;
    QString affiliation;
    QList<ParticipantAlias> aliases;
    QDateTime createdAt;
    qint64 revision = 0;
};

/// A participant's place in one meetup.
struct RosterEntry
{
    Participant participant;
    MeetupRole role = MeetupRole::Attendee;
};

} // namespace debrief
