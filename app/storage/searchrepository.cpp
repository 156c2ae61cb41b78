#include "storage/searchrepository.h"

#include "storage/database.h"
#include "storage/documentrepository.h"

#include <QSqlQuery>
#include <QVariant>

namespace debrief {

namespace {

/// How many more hits than asked for are read before the tag filter, so a rare tag still
/// finds its documents among the best matches.
constexpr int kTagOverfetch = 20;
constexpr int kSnippetLength = 160;
/// How many matches at most are read when the tagged ones are not among the first ones.
constexpr int kTagFallback = 5000;

QString bodyStart(const QString &body)
{
    QString text = body.left(kSnippetLength * 2).simplified();
    if (text.size() > kSnippetLength)
        text = text.left(kSnippetLength) + QChar(0x2026);
    return text;
}

} // namespace

Result<QList<SearchHit>> SearchRepository::search(const QString &query, const QString &tag, int limit) const
{
    const bool hasWords = !query.trimmed().isEmpty();
    if (!hasWords && tag.isEmpty())
        return QList<SearchHit>();
    if (!hasWords) {
        auto q = m_db.exec(QStringLiteral("SELECT d.id, d.title, d.body FROM document d "
                                          "JOIN document_tag dt ON dt.document_id = d.id "
                                          "JOIN tag t ON t.id = dt.tag_id WHERE t.name = ? "
                                          "ORDER BY d.updated_at DESC, d.id DESC LIMIT ?"),
                           {tag, limit});
        if (!q)
            return q.error();
        QList<SearchHit> hits;
        while (q.value().next())
            hits << SearchHit{q.value().value(0).toLongLong(), q.value().value(1).toString(),
                              bodyStart(q.value().value(2).toString()), 0.0};
        return hits;
    }
    const DocumentRepository documents(m_db);
    const int fetched = tag.isEmpty() ? limit : limit * kTagOverfetch;
    auto hits = documents.search(query, fetched);
    if (!hits || tag.isEmpty())
        return hits;
    auto tagged = documentsTagged(tag);
    if (!tagged)
        return tagged.error();
    auto keep = [&](const QList<SearchHit> &candidates) {
        QList<SearchHit> kept;
        for (const SearchHit &hit : candidates) {
            if (tagged.value().contains(hit.documentId) && kept.size() < limit)
                kept << hit;
        }
        return kept;
    };
    QList<SearchHit> kept = keep(hits.value());
    if (kept.size() < limit && hits.value().size() == fetched && fetched < kTagFallback) {
        // The tagged documents rank below the best matches read: read far more, so that a tagged
        // document is not missing just because others mention the words more often. Bounded:
        // every match read costs a snippet.
        auto all = documents.search(query, kTagFallback);
        if (!all)
            return all.error();
        kept = keep(all.value());
    }
    return kept;
}

Result<QSet<qint64>> SearchRepository::documentsTagged(const QString &tag) const
{
    auto q = m_db.exec(QStringLiteral("SELECT dt.document_id FROM document_tag dt JOIN tag t ON t.id = dt.tag_id "
                                      "WHERE t.name = ?"),
                       {tag});
    if (!q)
        return q.error();
    QSet<qint64> ids;
    while (q.value().next())
        ids.insert(q.value().value(0).toLongLong());
    return ids;
}

} // namespace debrief
