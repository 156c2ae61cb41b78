#pragma once
// A small roster shared by the action tests: accents, handles, a name alias, two Sams.

#include "model/participant.h"

namespace debrief::test {

inline Participant person(qint64 id, const QString &name, const QList<ParticipantAlias> &aliases = {})
{
    Participant participant;
    participant.id = id;
    participant.displayName = name;
    participant.aliases = aliases;
    return participant;
}

inline QList<Participant> sampleRoster()
{
    return {
        person(1, QStringLiteral("Priya Sharma"),
               {{AliasKind::Handle, QStringLiteral("@psharma")}, {AliasKind::Name, QStringLiteral("Pri")}}),
        person(2, QStringLiteral("José Álvarez")),
        person(3, QStringLiteral("Sam Lee")),
        person(4, QStringLiteral("Sam Ortiz"), {{AliasKind::Email, QStringLiteral("sam@example.org")}}),
        person(5, QStringLiteral("Will Jones")),
    };
}

} // namespace debrief::test
