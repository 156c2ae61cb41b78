#pragma once

#include "model/participant.h"
#include "storage/result.h"

#include <QCoreApplication>
#include <QList>

namespace debrief {

class Database;

/// People with their aliases (names, handles, e-mails, profile URLs).
class ParticipantRepository
{
    Q_DECLARE_TR_FUNCTIONS(debrief::ParticipantRepository)
public:
    explicit ParticipantRepository(Database &database)
        : m_db(database)
    {}

    Result<Participant> create(const Participant &participant);
    Result<Participant> get(qint64 id) const;
    /// Everyone, by display name.
    Result<QList<Participant>> list() const;
    /// Saves the participant and replaces its aliases, checking the revision.
    Result<Participant> update(const Participant &participant);
    /// Deletes the participant; actions they owned keep the name as free text.
    Status remove(qint64 id);

private:
    Status writeAliases(qint64 participantId, const QList<ParticipantAlias> &aliases);

    Database &m_db;
};

} // namespace debrief
