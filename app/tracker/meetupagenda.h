#pragma once

#include "model/document.h"
#include "model/participant.h"
#include "storage/result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace debrief {

class Notebook;

/// One slot of a meetup's evening: a talk (its talk-notes document) and its speakers.
struct AgendaEntry
{
    /// The talk-notes document; empty for a speaker whose talk has no notes yet.
    std::optional<qint64> documentId;
    QString title;
    QList<Participant> speakers;
};

/// The agenda of a meetup, read from the notebook. There is no stored agenda: the talks are
/// the meetup's talk-notes documents in the order they were created, and a talk's speakers are
/// the roster speakers named by its front matter (`speaker:`/`speakers:`/`author(s):`) or, failing
/// that, in its title. Roster speakers no talk names get an entry of their own, so the
/// note-taker can still pick them as "now speaking".
class MeetupAgenda
{
    Q_DECLARE_TR_FUNCTIONS(debrief::MeetupAgenda)
public:
    [[nodiscard]] static Result<QList<AgendaEntry>> read(Notebook &notebook, qint64 meetupId);
    /// The meetup's notes document (the oldest of kind meetup-notes), if any.
    [[nodiscard]] static std::optional<qint64> notesDocument(Notebook &notebook, qint64 meetupId);
};

} // namespace debrief
