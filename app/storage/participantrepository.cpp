#include "storage/participantrepository.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QHash>
#include <QSqlQuery>

namespace debrief {

namespace {

Participant participantFrom(const QSqlQuery &q)
{
    Participant p;
    p.id = q.value(0).toLongLong();
    p.displayName = q.value(1).toString();
    p.affiliation = q.value(2).toString();
    p.createdAt = sql::toTime(q.value(3));
    p.revision = q.value(4).toLongLong();
    return p;
}

Status validate(const Participant &participant)
{
    if (participant.displayName.trimmed().isEmpty())
        return StorageError(StorageError::Kind::Invalid, ParticipantRepository::tr("A participant needs a name."));
    return {};
}

} // namespace

Result<Participant> ParticipantRepository::create(const Participant &participant)
{
    if (Status valid = validate(participant); !valid)
        return valid.error();
    qint64 id = 0;
    Status status = m_db.transaction([&]() -> Status {
        auto q =
            m_db.exec(QStringLiteral("INSERT INTO participant (display_name, affiliation, created_at, revision) "
                                     "VALUES (?, ?, ?, 1) RETURNING id"),
                      {participant.displayName.trimmed(), participant.affiliation.trimmed(), sql::time(sql::now())});
        if (!q)
            return q.error();
        q.value().next();
        id = q.value().value(0).toLongLong();
        q.value().finish();
        return writeAliases(id, participant.aliases);
    });
    if (!status)
        return status.error();
    return get(id);
}

Result<Participant> ParticipantRepository::get(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, display_name, affiliation, created_at, revision "
                                      "FROM participant WHERE id = ?"),
                       {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StorageError::notFound(ParticipantRepository::tr("The participant"));
    Participant participant = participantFrom(q.value());
    auto aliases = m_db.exec(QStringLiteral("SELECT kind, value FROM participant_alias WHERE participant_id = ? "
                                            "ORDER BY kind, value"),
                             {id});
    if (!aliases)
        return aliases.error();
    while (aliases.value().next()) {
        participant.aliases << ParticipantAlias{
            aliasKindFromString(aliases.value().value(0).toString()).value_or(AliasKind::Name),
            aliases.value().value(1).toString()};
    }
    return participant;
}

Result<QList<Participant>> ParticipantRepository::list() const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, display_name, affiliation, created_at, revision "
                                      "FROM participant ORDER BY display_name, id"));
    if (!q)
        return q.error();
    QList<Participant> people;
    QHash<qint64, qsizetype> index;
    while (q.value().next()) {
        people << participantFrom(q.value());
        index.insert(people.constLast().id, people.size() - 1);
    }
    auto aliases = m_db.exec(QStringLiteral("SELECT participant_id, kind, value FROM participant_alias "
                                            "ORDER BY participant_id, kind, value"));
    if (!aliases)
        return aliases.error();
    while (aliases.value().next()) {
        const auto found = index.constFind(aliases.value().value(0).toLongLong());
        if (found == index.constEnd())
            continue;
        people[*found].aliases << ParticipantAlias{
            aliasKindFromString(aliases.value().value(1).toString()).value_or(AliasKind::Name),
            aliases.value().value(2).toString()};
    }
    return people;
}

Result<Participant> ParticipantRepository::update(const Participant &participant)
{
    if (Status valid = validate(participant); !valid)
        return valid.error();
    Status status = m_db.transaction([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("UPDATE participant SET display_name = ?, affiliation = ?, "
                                          "revision = revision + 1 WHERE id = ? AND revision = ?"),
                           {participant.displayName.trimmed(), participant.affiliation.trimmed(), participant.id,
                            participant.revision});
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() == 0) {
            auto current = get(participant.id);
            if (!current)
                return current.error();
            return StorageError::conflict(tr("The participant “%1”").arg(participant.displayName));
        }
        if (auto cleared =
                m_db.exec(QStringLiteral("DELETE FROM participant_alias WHERE participant_id = ?"), {participant.id});
            !cleared)
            return cleared.error();
        return writeAliases(participant.id, participant.aliases);
    });
    if (!status)
        return status.error();
    return get(participant.id);
}

Status ParticipantRepository::remove(qint64 id)
{
    return m_db.transaction([&]() -> Status {
        // Actions must keep a readable owner once the roster entry is gone.
        if (auto kept = m_db.exec(QStringLiteral("UPDATE action_item SET owner_text = (SELECT display_name FROM "
                                                 "participant WHERE id = ?) WHERE owner_participant_id = ? AND "
                                                 "owner_text = ''"),
                                  {id, id});
            !kept)
            return kept.error();
        auto q = m_db.exec(QStringLiteral("DELETE FROM participant WHERE id = ?"), {id});
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() == 0)
            return StorageError::notFound(ParticipantRepository::tr("The participant"));
        return {};
    });
}

Status ParticipantRepository::writeAliases(qint64 participantId, const QList<ParticipantAlias> &aliases)
{
    QList<ParticipantAlias> written;
    for (const ParticipantAlias &alias : aliases) {
        const ParticipantAlias clean{alias.kind, alias.value.trimmed()};
        if (clean.value.isEmpty() || written.contains(clean))
            continue;
        auto q =
            m_db.exec(QStringLiteral("INSERT INTO participant_alias (participant_id, kind, value) VALUES (?, ?, ?)"),
                      {participantId, toStorageString(clean.kind), clean.value});
        if (!q)
            return q.error();
        written << clean;
    }
    return {};
}

} // namespace debrief
