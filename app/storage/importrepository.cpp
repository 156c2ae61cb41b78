#include "storage/importrepository.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

namespace debrief {

namespace {

const QString kSourceColumns = QStringLiteral("document_id, path, content_hash, body_key, task_lines, imported_at");

ImportRepository::Source sourceFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toString(), sql::toTime(q.value(5))};
}

Result<QList<ImportRepository::Candidate>> candidates(Database &db, const QString &condition, const QString &value)
{
    auto q = db.exec(QStringLiteral("SELECT d.id, d.title, d.front_matter_extra, COALESCE(s.path, '') FROM document d "
                                    "LEFT JOIN document_source s ON s.document_id = d.id WHERE ") +
                         condition + QStringLiteral(" ORDER BY d.id"),
                     {value});
    if (!q)
        return q.error();
    QList<ImportRepository::Candidate> result;
    while (q.value().next())
        result.append({q.value().value(0).toLongLong(), q.value().value(1).toString(), q.value().value(2).toString(),
                       q.value().value(3).toString()});
    return result;
}

} // namespace

Result<QList<ImportRepository::Candidate>> ImportRepository::documentsWithSlug(const QString &slug) const
{
    return candidates(m_db, QStringLiteral("d.slug = ?"), slug);
}

Result<QList<ImportRepository::Candidate>> ImportRepository::importedDocumentsTitled(const QString &title) const
{
    return candidates(m_db, QStringLiteral("d.title = ? AND s.path IS NOT NULL"), title);
}

Result<std::optional<ImportRepository::Source>> ImportRepository::sourceAt(const QString &path) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT ") + kSourceColumns + QStringLiteral(" FROM document_source WHERE path = ?"), {path});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Source>();
    return std::optional<Source>(sourceFrom(q.value()));
}

Result<std::optional<ImportRepository::Source>> ImportRepository::sourceOf(qint64 documentId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kSourceColumns +
                           QStringLiteral(" FROM document_source WHERE document_id = ?"),
                       {documentId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Source>();
    return std::optional<Source>(sourceFrom(q.value()));
}

Result<QList<ImportRepository::Source>> ImportRepository::sourcesWithHash(const QString &contentHash) const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kSourceColumns +
                           QStringLiteral(" FROM document_source WHERE content_hash = ? ORDER BY document_id"),
                       {contentHash});
    if (!q)
        return q.error();
    QList<Source> result;
    while (q.value().next())
        result.append(sourceFrom(q.value()));
    return result;
}

Status ImportRepository::remember(const Source &source)
{
    // A file feeds one document: the one it was imported into last.
    if (auto cleared = m_db.exec(QStringLiteral("DELETE FROM document_source WHERE path = ? AND document_id <> ?"),
                                 {source.path, source.documentId});
        !cleared)
        return cleared.error();
    // Portable upsert (SQLite 3.24+ and PostgreSQL 9.5+ share this syntax).
    auto q = m_db.exec(QStringLiteral("INSERT INTO document_source (") + kSourceColumns +
                           QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (document_id) DO UPDATE SET "
                                          "path = excluded.path, content_hash = excluded.content_hash, "
                                          "body_key = excluded.body_key, task_lines = excluded.task_lines, "
                                          "imported_at = excluded.imported_at"),
                       {source.documentId, source.path, source.contentHash, source.bodyKey, source.taskLines,
                        sql::time(source.importedAt.isValid() ? source.importedAt : sql::now())});
    return q ? Status() : Status(q.error());
}

} // namespace debrief
