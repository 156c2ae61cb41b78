#include "chatham/rosterimporter.h"

#include "chatham/textfold.h"
#include "storage/database.h"
#include "storage/meetuprepository.h"
#include "storage/participantrepository.h"

#include <QHash>
#include <QSet>

namespace debrief {

namespace {

QString nameKey(const QString &name)
{
    return TextFold::foldString(name.simplified());
}

QSet<QString> emailKeys(const Participant &participant)
{
    QSet<QString> keys;
    for (const ParticipantAlias &alias : participant.aliases) {
        if (alias.kind == AliasKind::Email)
            keys.insert(alias.value.trimmed().toLower());
    }
    return keys;
}

bool addAlias(Participant &participant, AliasKind kind, const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return false;
    // Handles are kept without "@"; everything compares case-insensitively.
    const QString shown = kind == AliasKind::Handle && trimmed.startsWith(QLatin1Char('@')) ? trimmed.mid(1) : trimmed;
    if (kind == AliasKind::Name && nameKey(shown) == nameKey(participant.displayName))
        return false;
    for (const ParticipantAlias &alias : std::as_const(participant.aliases)) {
        if (alias.kind == kind && alias.value.compare(shown, Qt::CaseInsensitive) == 0)
            return false;
    }
    participant.aliases.append({kind, shown});
    return true;
}

} // namespace

Participant RosterImporter::toParticipant(const RosterPerson &person)
{
    Participant participant;
    participant.displayName = person.name.simplified();
    participant.affiliation = person.affiliation.trimmed();
    mergeInto(participant, person);
    return participant;
}

bool RosterImporter::mergeInto(Participant &participant, const RosterPerson &person)
{
    bool changed = false;
    if (participant.affiliation.isEmpty() && !person.affiliation.trimmed().isEmpty()) {
        participant.affiliation = person.affiliation.trimmed();
        changed = true;
    }
    // The other name becomes an alias when two spellings of one person meet by e-mail.
    changed |= addAlias(participant, AliasKind::Name, person.name.simplified());
    for (const QString &alias : person.aliases)
        changed |= addAlias(participant, AliasKind::Name, alias);
    for (const QString &handle : person.handles)
        changed |= addAlias(participant, AliasKind::Handle, handle);
    for (const QString &email : person.emails)
        changed |= addAlias(participant, AliasKind::Email, email);
    for (const QString &url : person.urls)
        changed |= addAlias(participant, AliasKind::Url, url);
    for (const QString &shortForm : person.affiliationAliases)
        changed |= addAlias(participant, AliasKind::Affiliation, shortForm);
    return changed;
}

bool RosterImporter::isSamePerson(const Participant &a, const Participant &b)
{
    if (!a.displayName.trimmed().isEmpty() && nameKey(a.displayName) == nameKey(b.displayName))
        return true;
    return emailKeys(a).intersects(emailKeys(b));
}

Result<RosterImportSummary> RosterImporter::import(qint64 meetupId, const Roster &roster)
{
    RosterImportSummary summary;
    const Status status = m_db.transaction([&]() -> Status {
        auto known = m_participants.list();
        if (!known.ok())
            return known.error();
        QList<Participant> people = std::move(known).value();
        auto current = m_meetups.roster(meetupId);
        if (!current.ok())
            return current.error();
        QHash<qint64, MeetupRole> roles;
        for (const RosterEntry &entry : current.value())
            roles.insert(entry.participant.id, entry.role);

        for (const RosterPerson &person : roster.people()) {
            const Participant incoming = toParticipant(person);
            auto match = std::find_if(people.begin(), people.end(),
                                      [&](const Participant &p) { return isSamePerson(p, incoming); });
            qint64 id = 0;
            if (match == people.end()) {
                auto created = m_participants.create(incoming);
                if (!created.ok())
                    return created.error();
                people.append(created.value());
                id = created.value().id;
                ++summary.added;
            } else {
                if (mergeInto(*match, person)) {
                    auto updated = m_participants.update(*match);
                    if (!updated.ok())
                        return updated.error();
                    *match = updated.value();
                }
                id = match->id;
                ++summary.merged;
            }
            // A file without roles says nothing about them: it never demotes a known speaker.
            const auto role = roles.constFind(id);
            if (role != roles.cend() && person.role == MeetupRole::Attendee)
                continue;
            if (Status set = m_meetups.setRole(meetupId, id, person.role); !set.ok())
                return set;
            roles.insert(id, person.role);
        }
        return {};
    });
    if (!status.ok())
        return status.error();
    return summary;
}

} // namespace debrief
