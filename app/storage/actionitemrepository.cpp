#include "storage/actionitemrepository.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

namespace debrief {

namespace {

const QString kColumns = QStringLiteral(
    "a.id, a.document_id, a.meetup_id, a.title, a.owner_participant_id, "
    "COALESCE(NULLIF(a.owner_text, ''), p.display_name, ''), a.due_date, a.status, a.priority, a.ticket_url, "
    "a.created_at, a.completed_at, a.revision, a.from_task_line");
const QString kFrom = QStringLiteral(" FROM action_item a LEFT JOIN participant p ON p.id = a.owner_participant_id");

ActionItem itemFrom(const QSqlQuery &q)
{
    ActionItem a;
    a.id = q.value(0).toLongLong();
    a.documentId = sql::toId(q.value(1));
    a.meetupId = sql::toId(q.value(2));
    a.title = q.value(3).toString();
    a.ownerParticipantId = sql::toId(q.value(4));
    a.ownerText = q.value(5).toString();
    a.dueDate = sql::toDate(q.value(6));
    a.status = actionStatusFromString(q.value(7).toString()).value_or(ActionStatus::Open);
    a.priority = actionPriorityFromString(q.value(8).toString()).value_or(ActionPriority::Normal);
    a.ticketUrl = q.value(9).toString();
    a.createdAt = sql::toTime(q.value(10));
    a.completedAt = sql::toTime(q.value(11));
    a.revision = q.value(12).toLongLong();
    a.fromTaskLine = q.value(13).toInt() != 0;
    return a;
}

Status validate(const ActionItem &item)
{
    if (item.title.trimmed().isEmpty())
        return StorageError(StorageError::Kind::Invalid, ActionItemRepository::tr("An action needs a title."));
    return {};
}

/// Owner text is only stored for owners who are not on the roster; a linked participant's
/// name is always read fresh, so renaming them renames their actions.
QString storedOwnerText(const ActionItem &item)
{
    return item.ownerParticipantId ? QString() : item.ownerText.trimmed();
}

} // namespace

Result<ActionItem> ActionItemRepository::create(const ActionItem &item)
{
    if (Status valid = validate(item); !valid)
        return valid.error();
    const QDateTime now = sql::now();
    const QDateTime completed =
        isClosed(item.status) ? (item.completedAt.isValid() ? item.completedAt : now) : QDateTime();
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO action_item (document_id, meetup_id, title, owner_participant_id, owner_text, "
                       "due_date, status, priority, ticket_url, created_at, completed_at, from_task_line, revision) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"),
        {sql::id(item.documentId), sql::id(item.meetupId), item.title.trimmed(), sql::id(item.ownerParticipantId),
         storedOwnerText(item), sql::date(item.dueDate), toStorageString(item.status), toStorageString(item.priority),
         item.ticketUrl.trimmed(), sql::time(item.createdAt.isValid() ? item.createdAt : now), sql::time(completed),
         int(item.fromTaskLine)});
    if (!q)
        return q.error();
    q.value().next();
    const qint64 id = q.value().value(0).toLongLong();
    q.value().finish();
    return get(id);
}

Result<ActionItem> ActionItemRepository::get(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral(" WHERE a.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StorageError::notFound(tr("The action"));
    return itemFrom(q.value());
}

Result<QList<ActionItem>> ActionItemRepository::list(const Filter &filter) const
{
    QStringList conditions;
    QVariantList values;
    if (filter.documentId) {
        conditions << QStringLiteral("a.document_id = ?");
        values << *filter.documentId;
    }
    if (filter.meetupId) {
        // An action of a meetup's document belongs to the meetup too.
        conditions << QStringLiteral("(a.meetup_id = ? OR a.document_id IN (SELECT id FROM document WHERE "
                                     "meetup_id = ?))");
        values << *filter.meetupId << *filter.meetupId;
    }
    if (filter.openOnly)
        conditions << QStringLiteral("a.status NOT IN ('done', 'dropped')");
    QString sqlText = QStringLiteral("SELECT ") + kColumns + kFrom;
    if (!conditions.isEmpty())
        sqlText += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sqlText +=
        QStringLiteral(" ORDER BY CASE WHEN a.due_date IS NULL THEN 1 ELSE 0 END, a.due_date, a.created_at, a.id");
    auto q = m_db.exec(sqlText, values);
    if (!q)
        return q.error();
    QList<ActionItem> items;
    while (q.value().next())
        items << itemFrom(q.value());
    return items;
}

Result<ActionItem> ActionItemRepository::update(const ActionItem &item)
{
    if (Status valid = validate(item); !valid)
        return valid.error();
    auto current = get(item.id);
    if (!current)
        return current.error();
    // completedAt follows the status: set when an action closes, cleared when it reopens.
    QDateTime completed;
    if (isClosed(item.status))
        completed = isClosed(current.value().status) && current.value().completedAt.isValid()
                        ? current.value().completedAt
                        : sql::now();
    auto q = m_db.exec(
        QStringLiteral("UPDATE action_item SET document_id = ?, meetup_id = ?, title = ?, owner_participant_id = ?, "
                       "owner_text = ?, due_date = ?, status = ?, priority = ?, ticket_url = ?, completed_at = ?, "
                       "from_task_line = ?, "
                       "revision = revision + 1 WHERE id = ? AND revision = ?"),
        {sql::id(item.documentId), sql::id(item.meetupId), item.title.trimmed(), sql::id(item.ownerParticipantId),
         storedOwnerText(item), sql::date(item.dueDate), toStorageString(item.status), toStorageString(item.priority),
         item.ticketUrl.trimmed(), sql::time(completed), int(item.fromTaskLine), item.id, item.revision});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 0)
        return StorageError::conflict(tr("The action “%1”").arg(item.title));
    return get(item.id);
}

Status ActionItemRepository::remove(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM action_item WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 0)
        return StorageError::notFound(tr("The action"));
    return {};
}

} // namespace debrief
