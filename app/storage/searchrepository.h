#pragma once

#include "model/document.h"
#include "storage/result.h"

#include <QList>
#include <QSet>

namespace debrief {

class Database;

/// Full-text search narrowed by a tag, for the search panel. Read-only; works on any
/// Database, including a second connection opened by a search thread.
class SearchRepository
{
public:
    explicit SearchRepository(Database &database)
        : m_db(database)
    {}

    /// At most @p limit ranked hits for the words of @p query among documents tagged @p tag
    /// (any document when @p tag is empty). With no words, the documents tagged @p tag, newest
    /// first, their snippet the start of the body; with neither, nothing.
    Result<QList<SearchHit>> search(const QString &query, const QString &tag, int limit) const;

    /// The ids of the documents tagged @p tag.
    Result<QSet<qint64>> documentsTagged(const QString &tag) const;

private:
    Database &m_db;
};

} // namespace debrief
