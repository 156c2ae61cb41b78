#pragma once

#include "storage/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace debrief {

class Database;

/// The queries the Markdown importer needs to find a document imported before, and the
/// record of where each imported document came from. Kept apart from DocumentRepository so
/// the importer adds no SQL outside app/storage.
class ImportRepository
{
public:
    /// A document that may be the one a file was imported into.
    struct Candidate
    {
        qint64 id = 0;
        QString title;
        QString frontMatterExtra;
        /// The file it was last imported from; empty when none was recorded (imported by an
        /// older Debrief, or written in the notebook).
        QString sourcePath;
    };

    /// Where an imported document came from.
    struct Source
    {
        qint64 documentId = 0;
        /// Absolute, symbolic links resolved.
        QString path;
        /// Of the file's bytes when it was last imported.
        QString contentHash;
        /// Of the notebook text as that import left it (see MarkdownImporter).
        QString bodyKey;
        /// The file's task lines as they were written then, one per line.
        QString taskLines;
        QDateTime importedAt;
    };

    explicit ImportRepository(Database &database)
        : m_db(database)
    {}

    /// Documents with this slug, oldest first.
    [[nodiscard]] Result<QList<Candidate>> documentsWithSlug(const QString &slug) const;
    /// Documents imported from a file, with this title, oldest first.
    [[nodiscard]] Result<QList<Candidate>> importedDocumentsTitled(const QString &title) const;

    /// The document imported from @p path, if any.
    [[nodiscard]] Result<std::optional<Source>> sourceAt(const QString &path) const;
    [[nodiscard]] Result<std::optional<Source>> sourceOf(qint64 documentId) const;
    /// Sources whose file had these bytes, oldest document first.
    [[nodiscard]] Result<QList<Source>> sourcesWithHash(const QString &contentHash) const;
    /// Records (or replaces) where @p source's document came from.
    Status remember(const Source &source);

private:
    Database &m_db;
};

} // namespace debrief
