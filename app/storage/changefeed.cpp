#include "storage/changefeed.h"

#include "storage/database.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace debrief {

namespace {

Result<QString> fingerprint(const Database &db, const QString &sql)
{
    auto q = db.exec(sql);
    if (!q)
        return q.error();
    QStringList parts;
    if (q.value().next()) {
        for (int i = 0; i < q.value().record().count(); ++i)
            parts << q.value().value(i).toString();
    }
    return parts.join(QLatin1Char('|'));
}

} // namespace

Result<ChangeFeed::Stamp> ChangeFeed::stamp() const
{
    // Counts catch inserts and deletes, revision sums catch updates (every update adds one).
    const QList<std::pair<QString Stamp::*, QString>> queries = {
        {&Stamp::meetups, QStringLiteral("SELECT COUNT(*), COALESCE(SUM(revision), 0), "
                                         "(SELECT COUNT(*) FROM meetup_participant) FROM meetup")},
        {&Stamp::participants, QStringLiteral("SELECT COUNT(*), COALESCE(SUM(revision), 0), "
                                              "(SELECT COUNT(*) FROM participant_alias) FROM participant")},
        {&Stamp::documents, QStringLiteral("SELECT COUNT(*), COALESCE(SUM(revision), 0) FROM document")},
        {&Stamp::actionItems, QStringLiteral("SELECT COUNT(*), COALESCE(SUM(revision), 0) FROM action_item")},
        {&Stamp::lastDocumentUpdate, QStringLiteral("SELECT COALESCE(MAX(updated_at), '') FROM document")},
    };
    Stamp stamp;
    for (const auto &[member, sql] : queries) {
        auto value = fingerprint(m_db, sql);
        if (!value)
            return value.error();
        stamp.*member = value.value();
    }
    return stamp;
}

Result<QList<qint64>> ChangeFeed::documentsUpdatedAfter(const QString &since) const
{
    // ">=": a second save within the same clock tick as the last one seen must not be
    // missed; announcing a document twice only costs the listener a revision check.
    auto q = m_db.exec(QStringLiteral("SELECT id FROM document WHERE updated_at >= ? ORDER BY updated_at"), {since});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids << q.value().value(0).toLongLong();
    return ids;
}

} // namespace debrief
