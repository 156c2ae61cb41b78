#pragma once

#include "model/meetup.h"
#include "model/participant.h"
#include "storage/result.h"

#include <QCoreApplication>
#include <QList>

namespace debrief {

class Database;

/// Meetups and their rosters.
class MeetupRepository
{
    Q_DECLARE_TR_FUNCTIONS(debrief::MeetupRepository)
public:
    explicit MeetupRepository(Database &database)
        : m_db(database)
    {}

    /// Inserts @p meetup (its id is ignored) and returns it as stored.
    Result<Meetup> create(const Meetup &meetup);
    Result<Meetup> get(qint64 id) const;
    /// All meetups, newest first.
    Result<QList<Meetup>> list() const;
    /// Saves @p meetup if nobody saved a newer revision meanwhile; returns the new revision.
    Result<Meetup> update(const Meetup &meetup);
    /// Deletes the meetup; its documents become loose documents, its actions stay.
    Status remove(qint64 id);

    /// Adds the participant to the roster, or changes their role.
    Status setRole(qint64 meetupId, qint64 participantId, MeetupRole role);
    Status removeFromRoster(qint64 meetupId, qint64 participantId);
    /// The roster in role order, then by name.
    Result<QList<RosterEntry>> roster(qint64 meetupId) const;

private:
    Database &m_db;
};

} // namespace debrief
