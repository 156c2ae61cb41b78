#include "storage/meetuprepository.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

namespace debrief {

namespace {

const QString kColumns = QStringLiteral("id, title, starts_at, venue, rule, created_at, updated_at, revision");

Meetup meetupFrom(const QSqlQuery &q)
{
    Meetup m;
    m.id = q.value(0).toLongLong();
    m.title = q.value(1).toString();
    m.startsAt = sql::toTime(q.value(2));
    m.venue = q.value(3).toString();
    m.rule = ruleFromString(q.value(4).toString()).value_or(Rule::Chatham);
    m.createdAt = sql::toTime(q.value(5));
    m.updatedAt = sql::toTime(q.value(6));
    m.revision = q.value(7).toLongLong();
    return m;
}

QString meetupLabel(const Meetup &meetup)
{
    return MeetupRepository::tr("The meetup “%1”").arg(meetup.title);
}

StorageError emptyTitle()
{
    return {StorageError::Kind::Invalid, MeetupRepository::tr("A meetup needs a title.")};
}

} // namespace

Result<Meetup> MeetupRepository::create(const Meetup &meetup)
{
    if (meetup.title.trimmed().isEmpty())
        return emptyTitle();
    const QDateTime now = sql::now();
    auto q = m_db.exec(QStringLiteral("INSERT INTO meetup (title, starts_at, venue, rule, created_at, updated_at, "
                                      "revision) VALUES (?, ?, ?, ?, ?, ?, 1) RETURNING id"),
                       {meetup.title.trimmed(), sql::time(meetup.startsAt), meetup.venue, toStorageString(meetup.rule),
                        sql::time(now), sql::time(now)});
    if (!q)
        return q.error();
    q.value().next();
    return get(q.value().value(0).toLongLong());
}

Result<Meetup> MeetupRepository::get(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM meetup WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StorageError::notFound(MeetupRepository::tr("The meetup"));
    return meetupFrom(q.value());
}

Result<QList<Meetup>> MeetupRepository::list() const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns +
                       QStringLiteral(" FROM meetup ORDER BY COALESCE(starts_at, created_at) DESC, id DESC"));
    if (!q)
        return q.error();
    QList<Meetup> meetups;
    while (q.value().next())
        meetups << meetupFrom(q.value());
    return meetups;
}

Result<Meetup> MeetupRepository::update(const Meetup &meetup)
{
    if (meetup.title.trimmed().isEmpty())
        return emptyTitle();
    auto q = m_db.exec(QStringLiteral("UPDATE meetup SET title = ?, starts_at = ?, venue = ?, rule = ?, "
                                      "updated_at = ?, revision = revision + 1 WHERE id = ? AND revision = ?"),
                       {meetup.title.trimmed(), sql::time(meetup.startsAt), meetup.venue, toStorageString(meetup.rule),
                        sql::time(sql::now()), meetup.id, meetup.revision});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 0) {
        auto current = get(meetup.id);
        if (!current)
            return current.error();
        return StorageError::conflict(meetupLabel(meetup));
    }
    return get(meetup.id);
}

Status MeetupRepository::remove(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM meetup WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 0)
        return StorageError::notFound(MeetupRepository::tr("The meetup"));
    return {};
}

Status MeetupRepository::setRole(qint64 meetupId, qint64 participantId, MeetupRole role)
{
    // Portable upsert (SQLite 3.24+ and PostgreSQL 9.5+ share this syntax).
    auto q = m_db.exec(QStringLiteral("INSERT INTO meetup_participant (meetup_id, participant_id, role) "
                                      "VALUES (?, ?, ?) ON CONFLICT (meetup_id, participant_id) "
                                      "DO UPDATE SET role = excluded.role"),
                       {meetupId, participantId, toStorageString(role)});
    return q ? Status() : Status(q.error());
}

Status MeetupRepository::removeFromRoster(qint64 meetupId, qint64 participantId)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM meetup_participant WHERE meetup_id = ? AND participant_id = ?"),
                       {meetupId, participantId});
    return q ? Status() : Status(q.error());
}

Result<QList<RosterEntry>> MeetupRepository::roster(qint64 meetupId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT p.id, p.display_name, p.affiliation, p.created_at, p.revision, mp.role "
                                      "FROM meetup_participant mp JOIN participant p ON p.id = mp.participant_id "
                                      "WHERE mp.meetup_id = ? "
                                      "ORDER BY CASE mp.role WHEN 'speaker' THEN 0 WHEN 'organiser' THEN 1 "
                                      "WHEN 'note-taker' THEN 2 ELSE 3 END, p.display_name, p.id"),
                       {meetupId});
    if (!q)
        return q.error();
    QList<RosterEntry> entries;
    while (q.value().next()) {
        RosterEntry entry;
        entry.participant.id = q.value().value(0).toLongLong();
        entry.participant.displayName = q.value().value(1).toString();
        entry.participant.affiliation = q.value().value(2).toString();
        entry.participant.createdAt = sql::toTime(q.value().value(3));
        entry.participant.revision = q.value().value(4).toLongLong();
        entry.role = meetupRoleFromString(q.value().value(5).toString()).value_or(MeetupRole::Attendee);
        entries << entry;
    }
    auto aliases = m_db.exec(QStringLiteral("SELECT a.participant_id, a.kind, a.value FROM participant_alias a "
                                            "JOIN meetup_participant mp ON mp.participant_id = a.participant_id "
                                            "WHERE mp.meetup_id = ? ORDER BY a.participant_id, a.kind, a.value"),
                             {meetupId});
    if (!aliases)
        return aliases.error();
    while (aliases.value().next()) {
        const qint64 participantId = aliases.value().value(0).toLongLong();
        const ParticipantAlias alias{aliasKindFromString(aliases.value().value(1).toString()).value_or(AliasKind::Name),
                                     aliases.value().value(2).toString()};
        for (RosterEntry &entry : entries) {
            if (entry.participant.id == participantId)
                entry.participant.aliases << alias;
        }
    }
    return entries;
}

} // namespace debrief
