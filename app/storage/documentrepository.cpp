#include "storage/documentrepository.h"

#include "storage/database.h"
#include "storage/sqldialect.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

namespace debrief {

namespace {

const QString kColumns = QStringLiteral(
    "id, meetup_id, kind, title, slug, body, front_matter_extra, rule, status, severity, incident_start, "
    "incident_end, created_at, updated_at, revision");

Document documentFrom(const QSqlQuery &q)
{
    Document d;
    d.id = q.value(0).toLongLong();
    d.meetupId = sql::toId(q.value(1));
    d.kind = documentKindFromString(q.value(2).toString()).value_or(DocumentKind::Postmortem);
    d.title = q.value(3).toString();
    d.slug = q.value(4).toString();
    d.body = q.value(5).toString();
    d.frontMatterExtra = q.value(6).toString();
    d.rule = ruleFromString(q.value(7).toString()).value_or(Rule::Chatham);
    d.status = q.value(8).toString();
    d.severity = q.value(9).toString();
    d.incidentStart = sql::toTime(q.value(10));
    d.incidentEnd = sql::toTime(q.value(11));
    d.createdAt = sql::toTime(q.value(12));
    d.updatedAt = sql::toTime(q.value(13));
    d.revision = q.value(14).toLongLong();
    return d;
}

Status validate(const Document &document)
{
    if (document.title.trimmed().isEmpty())
        return StorageError(StorageError::Kind::Invalid, DocumentRepository::tr("A document needs a title."));
    return {};
}

QStringList cleanTags(const QStringList &tags)
{
    QStringList clean;
    for (const QString &tag : tags) {
        const QString trimmed = tag.trimmed();
        if (!trimmed.isEmpty() && !clean.contains(trimmed, Qt::CaseInsensitive))
            clean << trimmed;
    }
    return clean;
}

} // namespace

Result<Document> DocumentRepository::create(const Document &document)
{
    if (Status valid = validate(document); !valid)
        return valid.error();
    qint64 id = 0;
    Status status = m_db.transaction([&]() -> Status {
        const QString now = m_db.dialect().currentTimeExpression(); // see update()
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO document (meetup_id, kind, title, slug, body, front_matter_extra, rule, "
                           "status, severity, incident_start, incident_end, created_at, updated_at, revision) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %1, %1, 1) RETURNING id")
                .arg(now),
            {sql::id(document.meetupId), toStorageString(document.kind), document.title.trimmed(), document.slug,
             document.body, document.frontMatterExtra, toStorageString(document.rule), document.status,
             document.severity, sql::time(document.incidentStart), sql::time(document.incidentEnd)});
        if (!q)
            return q.error();
        q.value().next();
        id = q.value().value(0).toLongLong();
        q.value().finish();
        return writeTags(id, document.tags);
    });
    if (!status)
        return status.error();
    return get(id);
}

Result<Document> DocumentRepository::get(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM document WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StorageError::notFound(tr("The document"));
    Document document = documentFrom(q.value());
    auto tags = readTags(id);
    if (!tags)
        return tags.error();
    document.tags = tags.value();
    return document;
}

Result<qint64> DocumentRepository::revision(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT revision FROM document WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StorageError::notFound(tr("The document"));
    return q.value().value(0).toLongLong();
}

Result<QList<DocumentSummary>> DocumentRepository::list() const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, meetup_id, kind, title, updated_at FROM document "
                                      "ORDER BY updated_at DESC, id DESC"));
    if (!q)
        return q.error();
    QList<DocumentSummary> summaries;
    while (q.value().next()) {
        DocumentSummary s;
        s.id = q.value().value(0).toLongLong();
        s.meetupId = sql::toId(q.value().value(1));
        s.kind = documentKindFromString(q.value().value(2).toString()).value_or(DocumentKind::Postmortem);
        s.title = q.value().value(3).toString();
        s.updatedAt = sql::toTime(q.value().value(4));
        summaries << s;
    }
    return summaries;
}

Result<Document> DocumentRepository::update(const Document &document)
{
    if (Status valid = validate(document); !valid)
        return valid.error();
    Status status = m_db.transaction([&]() -> Status {
        // Stamped by the database's clock, not this computer's: the change feed finds other
        // people's saves by this time, and a teammate's clock may be minutes behind ours.
        auto q =
            m_db.exec(QStringLiteral("UPDATE document SET meetup_id = ?, kind = ?, title = ?, slug = ?, body = ?, "
                                     "front_matter_extra = ?, rule = ?, status = ?, severity = ?, incident_start = ?, "
                                     "incident_end = ?, updated_at = %1, revision = revision + 1 "
                                     "WHERE id = ? AND revision = ?")
                          .arg(m_db.dialect().currentTimeExpression()),
                      {sql::id(document.meetupId), toStorageString(document.kind), document.title.trimmed(),
                       document.slug, document.body, document.frontMatterExtra, toStorageString(document.rule),
                       document.status, document.severity, sql::time(document.incidentStart),
                       sql::time(document.incidentEnd), document.id, document.revision});
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() == 0) {
            auto current = get(document.id);
            if (!current)
                return current.error();
            return StorageError::conflict(tr("The document “%1”").arg(document.title));
        }
        return writeTags(document.id, document.tags);
    });
    if (!status)
        return status.error();
    return get(document.id);
}

Status DocumentRepository::remove(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM document WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 0)
        return StorageError::notFound(tr("The document"));
    return {};
}

Result<QStringList> DocumentRepository::allTags() const
{
    auto q = m_db.exec(QStringLiteral("SELECT t.name FROM tag t WHERE EXISTS "
                                      "(SELECT 1 FROM document_tag dt WHERE dt.tag_id = t.id) ORDER BY t.name"));
    if (!q)
        return q.error();
    QStringList tags;
    while (q.value().next())
        tags << q.value().value(0).toString();
    return tags;
}

Result<QList<SearchHit>> DocumentRepository::search(const QString &query, int limit) const
{
    const QString expression = m_db.dialect().matchExpression(query);
    if (expression.isEmpty())
        return QList<SearchHit>();
    auto q = m_db.exec(m_db.dialect().fullTextSearchQuery(), {expression, limit});
    if (!q)
        return q.error();
    QList<SearchHit> hits;
    while (q.value().next()) {
        hits << SearchHit{q.value().value(0).toLongLong(), q.value().value(1).toString(), q.value().value(2).toString(),
                          q.value().value(3).toDouble()};
    }
    return hits;
}

Status DocumentRepository::writeTags(qint64 documentId, const QStringList &tags)
{
    if (auto cleared = m_db.exec(QStringLiteral("DELETE FROM document_tag WHERE document_id = ?"), {documentId});
        !cleared)
        return cleared.error();
    for (const QString &tag : cleanTags(tags)) {
        if (auto inserted =
                m_db.exec(QStringLiteral("INSERT INTO tag (name) VALUES (?) ON CONFLICT (name) DO NOTHING"), {tag});
            !inserted)
            return inserted.error();
        auto linked =
            m_db.exec(QStringLiteral("INSERT INTO document_tag (document_id, tag_id) "
                                     "SELECT CAST(? AS BIGINT), id FROM tag WHERE name = ? ON CONFLICT DO NOTHING"),
                      {documentId, tag});
        if (!linked)
            return linked.error();
    }
    return {};
}

Result<QStringList> DocumentRepository::readTags(qint64 documentId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT t.name FROM tag t JOIN document_tag dt ON dt.tag_id = t.id "
                                      "WHERE dt.document_id = ? ORDER BY t.name"),
                       {documentId});
    if (!q)
        return q.error();
    QStringList tags;
    while (q.value().next())
        tags << q.value().value(0).toString();
    return tags;
}

} // namespace debrief
