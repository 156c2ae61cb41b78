#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
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

    [[nodiscard]] bool failed() const { return outcome == Outcome::Failed; }
};

/// Imports Markdown files and folders (Jekyll `_posts/` included) into a notebook: front
/// matter into Document fields, `- [ ]` lines into tracked actions. A file that cannot be
/// read is reported and the others are still imported.
///
/// Importing a file again updates its document instead of adding one: a document is the same
/// when its slug (from the file name, without a Jekyll date) and its date (front matter `date`,
/// else the file name's) are the same. The slug and date are in the notebook already, so this
/// needs no new column and survives moving the folder; two undated files of the same name in
/// different folders are the same document, and a second one in one import is refused.
class MarkdownImporter
{
    Q_DECLARE_TR_FUNCTIONS(debrief::MarkdownImporter)
public:
    explicit MarkdownImporter(Notebook &notebook, const QDate &today = QDate::currentDate());

    /// Files as given, folders searched recursively for *.md and *.markdown (hidden folders
    /// and Jekyll's generated `_site` left out), in a stable order.
    [[nodiscard]] QList<ImportReport> importPaths(const QStringList &paths);
    [[nodiscard]] ImportReport importFile(const QString &path);

    /// The Markdown files under @p folder, sorted.
    [[nodiscard]] static QStringList markdownFilesIn(const QString &folder);

private:
    [[nodiscard]] ImportReport store(const MarkdownFile &file);
    [[nodiscard]] qint64 findExisting(const MarkdownFile &file, QString *error) const;

    Notebook &m_notebook;
    QDate m_today;
    /// Slug and date → the file that used it in this import.
    QHash<QString, QString> m_seen;
};

} // namespace debrief
