#include "chatham/roster.h"

#include "model/participant.h"

namespace debrief {

Roster Roster::fromEntries(const QList<RosterEntry> &entries)
{
    QList<RosterPerson> people;
    people.reserve(entries.size());
    for (const RosterEntry &entry : entries) {
        RosterPerson person;
        person.name = entry.participant.displayName;
        person.affiliation = entry.participant.affiliation;
        person.role = entry.role;
        for (const ParticipantAlias &alias : entry.participant.aliases) {
            switch (alias.kind) {
            case AliasKind::Name:
                person.aliases.append(alias.value);
                break;
            case AliasKind::Handle:
                person.handles.append(alias.value.startsWith(QLatin1Char('@')) ? alias.value.mid(1) : alias.value);
                break;
            case AliasKind::Email:
                person.emails.append(alias.value);
                break;
            case AliasKind::Url:
                person.urls.append(alias.value);
                break;
            case AliasKind::Affiliation:
                person.affiliationAliases.append(alias.value);
                break;
            }
        }
        people.append(person);
    }
    return Roster(people);
}

} // namespace debrief
