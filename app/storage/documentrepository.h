#pragma once

#include "model/document.h"
#include "storage/result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace debrief {

class Database;

/// Markdown documents, their tags and the full-text index over them.
class DocumentRepository
{
    Q_DECLARE_TR_FUNCTIONS(debrief::DocumentRepository)
public:
    explicit DocumentRepository(Database &database)
        : m_db(database)
    {}

    Result<Document> create(const Document &document);
    Result<Document> get(qint64 id) const;
    /// The stored revision of document @p id, without reading its body: a cheap way to tell
    /// whether someone else saved it since.
    Result<qint64> revision(qint64 id) const;
    /// Every document without its body, newest first (for the notebook tree).
    Result<QList<DocumentSummary>> list() const;
    /// Saves @p document if its revision is still the stored one, and returns the new state.
    /// A newer stored revision gives a StorageError::Kind::Conflict and changes nothing.
    Result<Document> update(const Document &document);
    Status remove(qint64 id);

    /// Every tag in use, sorted.
    Result<QStringList> allTags() const;
    /// Ranked full-text search over title and body; @p query is words as typed by the user.
    Result<QList<SearchHit>> search(const QString &query, int limit = 50) const;

private:
    Status writeTags(qint64 documentId, const QStringList &tags);
    Result<QStringList> readTags(qint64 documentId) const;

    Database &m_db;
};

} // namespace debrief
