#pragma once

#include "storage/result.h"

#include <QList>
#include <QString>

namespace debrief {

class Database;

/// The queries the Markdown importer needs to find a document imported before. Kept apart
/// from DocumentRepository so the importer adds no SQL outside app/storage.
class ImportRepository
{
public:
    /// A document that may be the one a file was imported into.
    struct Candidate
    {
        qint64 id = 0;
        QString title;
        QString frontMatterExtra;
    };

    explicit ImportRepository(Database &database)
        : m_db(database)
    {}

    /// Documents with this slug, oldest first.
    Result<QList<Candidate>> documentsWithSlug(const QString &slug) const;

private:
    Database &m_db;
};

} // namespace debrief
