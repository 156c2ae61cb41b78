#include "importer/markdownimporter.h"

#include "actions/tasklistsync.h"
#include "importer/markdownfilereader.h"
#include "importer/tasklineimport.h"
#include "markdown/frontmatter.h"
#include "markdown/frontmatterfields.h"
#include "notebook/notebook.h"
#include "storage/importrepository.h"
#include "tracker/tasklistsyncer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

#include <optional>

namespace debrief {

struct MarkdownImporter::Match
{
    qint64 documentId = 0;
    /// Where the document was last imported from; none for a document from an older Debrief.
    std::optional<ImportRepository::Source> source;
};

namespace {

QDate dateOfExtra(const QString &frontMatterExtra)
{
    const FrontMatter frontMatter(QLatin1String("---\n") + frontMatterExtra +
                                  (frontMatterExtra.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n")) +
                                  QLatin1String("---\n"));
    return QDate::fromString(frontMatter.date().trimmed().left(10), Qt::ISODate);
}

/// The file as the notebook remembers it: absolute, symbolic links resolved, so that the same
/// file given as `./x.md` or through a link is the same source.
QString sourcePathOf(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

/// A file recorded as a source that is no longer there: its document may have moved.
bool isGone(const QString &sourcePath)
{
    return sourcePath.isEmpty() || !QFileInfo::exists(sourcePath);
}

/// The title and the prose of @p document, without its task lines: what an import would
/// overwrite. Task lines are left out because the tracker writes into them (ticks, pinned
/// dates), and the import keeps what the tracker says anyway.
QString bodyKey(const Document &document, const QDate &today)
{
    QSet<int> taskLines;
    for (const DocumentTask &task : TaskListSync::findTasks(document.body, today))
        taskLines.insert(task.line);
    QStringList prose;
    const QStringList lines = document.body.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (!taskLines.contains(i))
            prose.append(lines.at(i));
    }
    const QString text = document.title + QChar(0x1F) + prose.join(QLatin1Char('\n'));
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool sameContent(const Document &a, const Document &b)
{
    return a.title == b.title && a.body == b.body && a.frontMatterExtra == b.frontMatterExtra && a.tags == b.tags &&
           a.severity == b.severity && a.status == b.status && a.rule == b.rule && a.incidentStart == b.incidentStart &&
           a.incidentEnd == b.incidentEnd && a.slug == b.slug;
}

} // namespace

MarkdownImporter::MarkdownImporter(Notebook &notebook, const QDate &today)
    : m_notebook(notebook)
    , m_today(today)
{}

QStringList MarkdownImporter::markdownFilesIn(const QString &folder)
{
    QStringList files;
    const QString root = QDir(folder).absolutePath();
    QDirIterator it(root, {QStringLiteral("*.md"), QStringLiteral("*.markdown")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        // Skip .git, .jekyll-cache, _site (Jekyll's output) and the like.
        const QStringList parts = QDir(root).relativeFilePath(path).split(QLatin1Char('/'));
        bool skipped = false;
        for (qsizetype i = 0; i + 1 < parts.size(); ++i)
            skipped = skipped || parts.at(i).startsWith(QLatin1Char('.')) || parts.at(i) == QLatin1String("_site");
        if (!skipped)
            files.append(path);
    }
    files.sort();
    return files;
}

QList<ImportReport> MarkdownImporter::importPaths(const QStringList &paths)
{
    QList<ImportReport> reports;
    QStringList files;
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir()) {
            const QStringList found = markdownFilesIn(path);
            if (found.isEmpty()) {
                ImportReport report;
                report.path = path;
                report.message = tr("no Markdown files (*.md, *.markdown) in %1").arg(path);
                reports.append(report);
            }
            files += found;
        } else {
            files.append(path);
        }
    }
    for (qsizetype i = 0; i < files.size(); ++i) {
        reports.append(importFile(files.at(i)));
        if (reports.constLast().connectionLost && i + 1 < files.size()) {
            // Every further file would fail the same way: one line says so, not hundreds.
            ImportReport rest;
            rest.path = files.at(i + 1);
            rest.connectionLost = true;
            rest.message = tr("%n more file(s) not imported, from %1 on: the connection to the notebook was lost. "
                              "Import again when the server answers; what was imported is not doubled.",
                              nullptr, int(files.size() - i - 1))
                               .arg(files.at(i + 1));
            reports.append(rest);
            break;
        }
    }
    return reports;
}

ImportReport MarkdownImporter::importFile(const QString &path)
{
    const MarkdownFile file = MarkdownFileReader::read(path);
    if (!file.ok()) {
        ImportReport report;
        report.path = path;
        report.message = file.error;
        return report;
    }
    // A file named twice (a folder and a file in it) is found by its path the second time and
    // is unchanged then: no need to remember what this import has seen.
    return store(file);
}

Result<MarkdownImporter::Match> MarkdownImporter::findExisting(const MarkdownFile &file,
                                                               const QString &sourcePath) const
{
    ImportRepository lookup(m_notebook.database());
    auto atPath = lookup.sourceAt(sourcePath);
    if (!atPath)
        return atPath.error();
    if (atPath.value())
        return Match{atPath.value()->documentId, atPath.value()};

    // Moved or renamed without an edit: the same bytes, and the file they came from is gone.
    // (A copy next to a file that is still there is a document of its own.)
    auto sameBytes = lookup.sourcesWithHash(file.contentHash);
    if (!sameBytes)
        return sameBytes.error();
    for (const ImportRepository::Source &source : sameBytes.value()) {
        if (isGone(source.path))
            return Match{source.documentId, source};
    }

    // Without a date, a name says nothing: every folder may have a README.md.
    if (!file.date.isValid())
        return Match{};
    auto withSource = [&](qint64 documentId) -> Result<Match> {
        auto source = lookup.sourceOf(documentId);
        if (!source)
            return source.error();
        return Match{documentId, source.value()};
    };
    // A dated post renamed and edited: same day and title, its old file gone.
    auto titled = lookup.importedDocumentsTitled(file.document.title);
    if (!titled)
        return titled.error();
    for (const ImportRepository::Candidate &candidate : titled.value()) {
        if (isGone(candidate.sourcePath) && dateOfExtra(candidate.frontMatterExtra) == file.date)
            return withSource(candidate.id);
    }
    // Same slug and day: a document imported by an older Debrief (no source recorded) or from
    // a file that has gone since.
    auto slugged = lookup.documentsWithSlug(file.document.slug);
    if (!slugged)
        return slugged.error();
    for (const ImportRepository::Candidate &candidate : slugged.value()) {
        if (isGone(candidate.sourcePath) && dateOfExtra(candidate.frontMatterExtra) == file.date)
            return withSource(candidate.id);
    }
    return Match{};
}

ImportReport MarkdownImporter::store(const MarkdownFile &file)
{
    ImportReport report;
    report.path = file.path;
    const QString sourcePath = sourcePathOf(file.path);
    m_actionsChanged = false;
    const Status status = m_notebook.database().transaction([&]() -> Status {
        auto match = findExisting(file, sourcePath);
        if (!match)
            return match.error();
        if (match.value().documentId == 0)
            return create(file, sourcePath, report);
        return update(file, sourcePath, match.value(), report);
    });
    if (!status) {
        report.outcome = ImportReport::Outcome::Failed;
        report.documentId = 0;
        report.actionsCreated = report.actionsUpdated = 0;
        report.missingActions.clear();
        report.missingDropped = false;
        report.message = tr("%1: %2").arg(file.path, status.error().message());
        report.connectionLost = status.error().kind() == StorageError::Kind::Disconnected ||
                                status.error().kind() == StorageError::Kind::Unreadable;
        return report;
    }
    if (report.outcome != ImportReport::Outcome::Unchanged)
        m_notebook.notifyDocumentsChanged();
    if (m_actionsChanged)
        m_notebook.notifyActionItemsChanged();
    return report;
}

Status MarkdownImporter::create(const MarkdownFile &file, const QString &sourcePath, ImportReport &report)
{
    TaskListSyncer syncer(m_notebook);
    const TaskLineImport tasks = TaskLineImport::plan(file.document.body, {}, m_today, syncer.roster());
    Document document = file.document;
    // Relative due dates ("due:fri") are pinned to the day they meant on import.
    document.body = tasks.body;
    auto created = m_notebook.documents().create(document);
    if (!created)
        return created.error();
    for (ActionItem item : tasks.creates) {
        item.documentId = created.value().id;
        item.meetupId = created.value().meetupId;
        item.fromTaskLine = true;
        if (auto action = m_notebook.actionItems().create(item); !action)
            return action.error();
        ++report.actionsCreated;
        m_actionsChanged = true;
    }
    report.outcome = ImportReport::Outcome::Imported;
    report.documentId = created.value().id;
    ImportRepository sources(m_notebook.database());
    return sources.remember({created.value().id,
                             sourcePath,
                             file.contentHash,
                             bodyKey(created.value(), m_today),
                             TaskLineImport::taskLinesOf(file.document.body, m_today).join(QLatin1Char('\n')),
                             {}});
}

Status MarkdownImporter::update(const MarkdownFile &file, const QString &sourcePath, const Match &match,
                                ImportReport &report)
{
    auto stored = m_notebook.documents().get(match.documentId);
    if (!stored)
        return stored.error();
    report.documentId = match.documentId;
    ImportRepository sources(m_notebook.database());
    TaskListSyncer syncer(m_notebook);
    const QList<ActionItem> existing = syncer.taskActions(match.documentId);
    if (match.source && match.source->path != sourcePath)
        report.movedFrom = match.source->path;

    if (match.source && match.source->contentHash == file.contentHash) {
        // Nothing to bring over; notebook edits and tracker work stay as they are. Lines gone
        // are those missing from the notebook's text, which the last import made the file's.
        report.outcome = ImportReport::Outcome::Unchanged;
        if (!report.movedFrom.isEmpty()) {
            ImportRepository::Source moved = *match.source;
            moved.path = sourcePath;
            if (Status remembered = sources.remember(moved); !remembered)
                return remembered;
        }
        return settleMissing(TaskLineImport::missingFrom(stored.value().body, existing, m_today, syncer.roster()),
                             report);
    }

    // A document found by slug and date but never imported from a file (an export of it, say,
    // imported back) is only replaced when it holds the same text, or when asked to.
    const bool editedSinceImport =
        match.source ? !match.source->bodyKey.isEmpty() && bodyKey(stored.value(), m_today) != match.source->bodyKey
                     : stored.value().body != file.document.body;
    if (!m_overwriteEdits && editedSinceImport) {
        report.editedInNotebook = true;
        if (!match.source)
            return StorageError(StorageError::Kind::Conflict,
                                tr("document %1 has this file's name and date but was not imported from it, and its "
                                   "text differs; the notebook's text was not overwritten")
                                    .arg(match.documentId));
        return StorageError(StorageError::Kind::Conflict,
                            tr("document %1 was edited in the notebook since the file was last imported, and the "
                               "file changed too; the notebook's text was not overwritten")
                                .arg(match.documentId));
    }

    // Fields the file does not state (its rule, kind, meetup) keep the notebook's values.
    Document updated = stored.value();
    FrontMatterFields::applyTo(FrontMatter(file.text), updated);
    updated.title = file.document.title;
    updated.slug = file.document.slug;
    updated.frontMatterExtra = file.document.frontMatterExtra;
    const QStringList previousLines =
        match.source ? match.source->taskLines.split(QLatin1Char('\n'), Qt::SkipEmptyParts) : QStringList();
    const QString fileBody = updated.body;
    const TaskLineImport tasks =
        TaskLineImport::plan(fileBody, existing, m_today, syncer.roster(), stored.value().body, previousLines);
    updated.body = tasks.body;
    Document saved = stored.value();
    const bool documentChanged = !sameContent(updated, stored.value());
    if (documentChanged) {
        auto written = m_notebook.documents().update(updated);
        if (!written)
            return written.error();
        saved = written.value();
    }
    for (ActionItem item : tasks.creates) {
        item.documentId = saved.id;
        item.meetupId = saved.meetupId;
        item.fromTaskLine = true;
        if (auto action = m_notebook.actionItems().create(item); !action)
            return action.error();
        ++report.actionsCreated;
    }
    for (const ActionItem &item : tasks.updates) {
        if (auto action = m_notebook.actionItems().update(item); !action)
            return action.error();
        ++report.actionsUpdated;
    }
    m_actionsChanged = m_actionsChanged || report.actionsCreated + report.actionsUpdated > 0;
    report.outcome = documentChanged || report.actionsCreated + report.actionsUpdated > 0
                         ? ImportReport::Outcome::Updated
                         : ImportReport::Outcome::Unchanged;
    const ImportRepository::Source source{saved.id,
                                          sourcePath,
                                          file.contentHash,
                                          bodyKey(saved, m_today),
                                          TaskLineImport::taskLinesOf(fileBody, m_today).join(QLatin1Char('\n')),
                                          {}};
    if (Status remembered = sources.remember(source); !remembered)
        return remembered;
    return settleMissing(tasks.missing, report);
}

Status MarkdownImporter::settleMissing(const QList<ActionItem> &missing, ImportReport &report)
{
    report.missingActions = missing;
    if (!m_dropMissing || missing.isEmpty())
        return {};
    for (ActionItem item : missing) {
        item.status = ActionStatus::Dropped;
        if (auto dropped = m_notebook.actionItems().update(item); !dropped)
            return dropped.error();
    }
    report.missingDropped = true;
    m_actionsChanged = true;
    return {};
}

} // namespace debrief
