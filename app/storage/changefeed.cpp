#include "storage/changefeed.h"

#include "storage/database.h"
#include "storage/sqldialect.h"

#include <QDateTime>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace debrief {

namespace {

// Counts catch deletes, revision sums catch updates (every update adds one), the newest id
// catches inserts even when a delete in the same interval keeps count and sum as they were
// (ids are never reused).
const QString kTotals = QStringLiteral("COUNT(*), COALESCE(SUM(revision), 0), COALESCE(MAX(id), 0)");

/// A save reaches the readers only when its transaction commits, which may be a while after
/// the time it was stamped with (when the transaction began). Saves stamped up to this long
/// before the last read are looked at again; one that took longer is still found, by the
/// slower comparison of every document.
constexpr qint64 kCommitSlackSeconds = 60;

Result<QStringList> firstRow(const Database &db, const QString &sql)
{
    auto q = db.exec(sql);
    if (!q)
        return q.error();
    QStringList parts;
    if (q.value().next()) {
        for (int i = 0; i < q.value().record().count(); ++i)
            parts << q.value().value(i).toString();
    }
    return parts;
}

Result<QHash<qint64, qint64>> revisions(const Database &db, const QString &sql, const QVariantList &values = {})
{
    auto q = db.exec(sql, values);
    if (!q)
        return q.error();
    QHash<qint64, qint64> result;
    while (q.value().next())
        result.insert(q.value().value(0).toLongLong(), q.value().value(1).toLongLong());
    return result;
}

/// True when @p revisions add up to the totals (count, revision sum, newest id) read with them.
bool accountsFor(const QHash<qint64, qint64> &revisions, const QStringList &totals)
{
    qint64 sum = 0;
    qint64 newest = 0;
    for (auto it = revisions.cbegin(); it != revisions.cend(); ++it) {
        sum += it.value();
        newest = std::max(newest, it.key());
    }
    return totals.size() >= 3 && revisions.size() == totals.at(0).toLongLong() && sum == totals.at(1).toLongLong() &&
           newest == totals.at(2).toLongLong();
}

/// @p readAt moved back by the commit slack, in the same text format; empty when unreadable.
QString slackBefore(const QString &readAt)
{
    const QDateTime time = QDateTime::fromString(readAt, Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    return time.addSecs(-kCommitSlackSeconds).toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

Result<ChangeFeed::Stamp> ChangeFeed::stamp() const
{
    const QList<std::pair<QString Stamp::*, QString>> queries = {
        {&Stamp::meetups,
         QStringLiteral("SELECT %1, (SELECT COUNT(*) FROM meetup_participant) FROM meetup").arg(kTotals)},
        {&Stamp::participants,
         QStringLiteral("SELECT %1, (SELECT COUNT(*) FROM participant_alias) FROM participant").arg(kTotals)},
        {&Stamp::documents, QStringLiteral("SELECT %1 FROM document").arg(kTotals)},
        {&Stamp::actionItems, QStringLiteral("SELECT %1 FROM action_item").arg(kTotals)},
    };
    Stamp stamp;
    for (const auto &[member, sql] : queries) {
        auto row = firstRow(m_db, sql);
        if (!row)
            return row.error();
        stamp.*member = row.value().join(QLatin1Char('|'));
    }
    return stamp;
}

Result<QList<qint64>> ChangeFeed::changedDocuments(DocumentState &state) const
{
    const bool first = state.readAt.isEmpty();
    DocumentState next;
    QSet<qint64> changed;
    // Each row read is compared with what the state knew; the state itself stays as it was
    // until everything was read, so that a failed read is simply tried again later.
    const auto take = [&](const QHash<qint64, qint64> &rows) {
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            if (!first && state.revisions.value(it.key(), 0) != it.value())
                changed.insert(it.key());
            next.revisions.insert(it.key(), it.value());
        }
    };
    // The totals and the rows are read as of one moment, so that they can be checked against
    // each other.
    Status read = m_db.transaction([&]() -> Status {
        if (const QString snapshot = m_db.dialect().snapshotStatement(); !snapshot.isEmpty()) {
            if (auto set = m_db.exec(snapshot); !set)
                return set.error();
        }
        // The same totals as Stamp::documents, and the database's clock.
        auto totals = firstRow(
            m_db, QStringLiteral("SELECT %1, %2 FROM document").arg(kTotals, m_db.dialect().currentTimeExpression()));
        if (!totals)
            return totals.error();
        next.readAt = totals.value().value(3);
        next.documents = totals.value().mid(0, 3).join(QLatin1Char('|'));
        next.revisions = state.revisions;
        if (!first && next.documents == state.documents)
            return {};
        // The cheap way first: the documents saved since the last read, by the database's
        // clock (every save is stamped by it, see DocumentRepository).
        if (const QString since = slackBefore(state.readAt); !first && !since.isEmpty()) {
            auto recent =
                revisions(m_db, QStringLiteral("SELECT id, revision FROM document WHERE updated_at >= ?"), {since});
            if (!recent)
                return recent.error();
            take(recent.value());
        }
        if (accountsFor(next.revisions, totals.value()))
            return {};
        // A deletion, or a save stamped long before it was committed (by an older Debrief, a
        // script, a clock far behind): every document's revision tells what changed.
        auto all = revisions(m_db, QStringLiteral("SELECT id, revision FROM document"));
        if (!all)
            return all.error();
        next.revisions.clear();
        take(all.value());
        return {};
    });
    if (!read)
        return read.error();
    state = std::move(next);
    QList<qint64> ids(changed.cbegin(), changed.cend());
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace debrief
