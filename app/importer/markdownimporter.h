#pragma once

#include "model/actionitem.h"
#include "storage/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace debrief {

class Notebook;
struct MarkdownFile;

/// What happened to one file of an import.
struct ImportReport
{
    enum class Outcome
    {
        Imported,  ///< a new document
        Updated,   ///< the document imported from it before, brought up to date
        Unchanged, ///< imported before and nothing changed
        Failed     ///< not imported; message says why
    };

    QString path;
    Outcome outcome = Outcome::Failed;
    QString message;
    qint64 documentId = 0;
    int actionsCreated = 0;
    int actionsUpdated = 0;
    /// Open actions of the document whose task lines are gone from the file, as they were
    /// before this import; dropped by it only when missingDropped.
    QList<ActionItem> missingActions;
    bool missingDropped = false;
    /// The file the document was imported from before, when the file has moved since.
    QString movedFrom;
    /// Failed because both the file and the document's text in the notebook changed since the
    /// last import (see MarkdownImporter::setOverwriteEdits).
    bool editedInNotebook = false;
    /// Failed because the team notebook's server stopped answering: the import stops there.
    bool connectionLost = false;

    [[nodiscard]] bool failed() const { return outcome == Outcome::Failed; }
};

/// Imports Markdown files and folders (Jekyll `_posts/` included) into a notebook: front
/// matter into Document fields, `- [ ]` lines into tracked actions. A file that cannot be
/// read is reported and the others are still imported.
///
/// Importing a file again never adds a second document and never undoes work done in the
/// notebook. Each imported document remembers its file (absolute path and a hash of its
/// bytes). A file is matched to a document by its path; a file that moved is found by its
/// bytes, or as a dated post (Jekyll) of the same date and title or slug, as long as the file
/// it was imported from is gone. Two files are never the same document because of their
/// names alone: `a/README.md` and `b/README.md` are two documents.
/// - An unchanged file (same bytes) changes nothing.
/// - A changed file updates its document, but an unticked line never reopens an action closed
///   in the tracker, and a relative due date (`due:fri`) keeps the action's stored date (see
///   TaskLineImport). When the document's text was also edited in the notebook since the last
///   import, the file is refused rather than the edits overwritten, unless setOverwriteEdits().
/// - Open actions whose lines are gone are reported, and dropped only with setDropMissing().
class MarkdownImporter
{
    Q_DECLARE_TR_FUNCTIONS(debrief::MarkdownImporter)
public:
    explicit MarkdownImporter(Notebook &notebook, const QDate &today = QDate::currentDate());

    /// Drop (rather than only report) open actions whose task lines are gone from the file.
    void setDropMissing(bool drop) { m_dropMissing = drop; }
    /// Replace a document's text with its changed file even when it was edited in the notebook
    /// since the last import.
    void setOverwriteEdits(bool overwrite) { m_overwriteEdits = overwrite; }

    /// Files as given, folders searched recursively for *.md and *.markdown (hidden folders
    /// and Jekyll's generated `_site` left out), in a stable order.
    [[nodiscard]] QList<ImportReport> importPaths(const QStringList &paths);
    [[nodiscard]] ImportReport importFile(const QString &path);

    /// The Markdown files under @p folder, sorted.
    [[nodiscard]] static QStringList markdownFilesIn(const QString &folder);

private:
    struct Match;

    [[nodiscard]] ImportReport store(const MarkdownFile &file);
    [[nodiscard]] Result<Match> findExisting(const MarkdownFile &file, const QString &sourcePath) const;
    [[nodiscard]] Status create(const MarkdownFile &file, const QString &sourcePath, ImportReport &report);
    [[nodiscard]] Status update(const MarkdownFile &file, const QString &sourcePath, const Match &match,
                                ImportReport &report);
    /// Reports (and with m_dropMissing drops) @p missing in @p report.
    [[nodiscard]] Status settleMissing(const QList<ActionItem> &missing, ImportReport &report);

    Notebook &m_notebook;
    QDate m_today;
    bool m_dropMissing = false;
    bool m_overwriteEdits = false;
    bool m_actionsChanged = false;
};

} // namespace debrief
