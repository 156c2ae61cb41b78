#include "tracker/meetupagenda.h"

#include "actions/ownermatcher.h"
#include "markdown/frontmatter.h"
#include "notebook/notebook.h"

#include <algorithm>

namespace debrief {

namespace {

/// Names the talk's front matter gives for its speakers.
QStringList namedSpeakers(const Document &talk)
{
    if (talk.frontMatterExtra.trimmed().isEmpty())
        return {};
    const FrontMatter front(QStringLiteral("---\n") + talk.frontMatterExtra + QStringLiteral("\n---\n"));
    QStringList names = front.sequence(QStringLiteral("speakers"));
    names += front.sequence(QStringLiteral("speaker"));
    if (names.isEmpty())
        names = front.authors();
    return names;
}

} // namespace

Result<QList<AgendaEntry>> MeetupAgenda::read(Notebook &notebook, qint64 meetupId)
{
    auto roster = notebook.meetups().roster(meetupId);
    if (!roster.ok())
        return roster.error();
    QList<Participant> speakers;
    for (const RosterEntry &entry : roster.value()) {
        if (entry.role == MeetupRole::Speaker)
            speakers.append(entry.participant);
    }
    auto listed = notebook.documents().list();
    if (!listed.ok())
        return listed.error();
    QList<Document> talks;
    for (const DocumentSummary &summary : listed.value()) {
        if (summary.meetupId != meetupId || summary.kind != DocumentKind::TalkNotes)
            continue;
        auto talk = notebook.documents().get(summary.id);
        if (talk.ok())
            talks.append(talk.value());
    }
    std::sort(talks.begin(), talks.end(), [](const Document &a, const Document &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });

    const OwnerMatcher matcher(speakers);
    QList<qint64> placed;
    QList<AgendaEntry> agenda;
    for (const Document &talk : talks) {
        AgendaEntry entry{talk.id, talk.title, {}};
        const auto add = [&](qint64 id) {
            const auto found =
                std::find_if(speakers.cbegin(), speakers.cend(), [id](const Participant &p) { return p.id == id; });
            if (found != speakers.cend() && std::none_of(entry.speakers.cbegin(), entry.speakers.cend(),
                                                         [id](const Participant &p) { return p.id == id; })) {
                entry.speakers.append(*found);
                placed.append(id);
            }
        };
        for (const QString &name : namedSpeakers(talk)) {
            const OwnerMatch match = matcher.match(name);
            if (match.isMatched())
                add(*match.participantId);
        }
        if (entry.speakers.isEmpty()) {
            const QString title = OwnerMatcher::fold(talk.title);
            for (const Participant &speaker : speakers) {
                if (title.contains(OwnerMatcher::fold(speaker.displayName)))
                    add(speaker.id);
            }
        }
        agenda.append(entry);
    }
    for (const Participant &speaker : speakers) {
        if (!placed.contains(speaker.id))
            agenda.append(AgendaEntry{std::nullopt, QString(), {speaker}});
    }
    return agenda;
}

std::optional<qint64> MeetupAgenda::notesDocument(Notebook &notebook, qint64 meetupId)
{
    auto listed = notebook.documents().list();
    if (!listed.ok())
        return std::nullopt;
    std::optional<qint64> oldest;
    for (const DocumentSummary &summary : listed.value()) {
        // The list is newest first: the last match is the oldest.
        if (summary.meetupId == meetupId && summary.kind == DocumentKind::MeetupNotes)
            oldest = summary.id;
    }
    return oldest;
}

} // namespace debrief
