#include "importer/markdownimporter.h"

#include "importer/markdownfilereader.h"
#include "markdown/frontmatter.h"
#include "markdown/frontmatterfields.h"
#include "notebook/notebook.h"
#include "storage/importrepository.h"
#include "tracker/tasklistsyncer.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace debrief {

namespace {

QString keyOf(const MarkdownFile &file)
{
    return file.document.slug + QLatin1Char('|') + file.date.toString(Qt::ISODate);
}

QDate dateOfExtra(const QString &frontMatterExtra)
{
    const FrontMatter frontMatter(QLatin1String("---\n") + frontMatterExtra +
                                  (frontMatterExtra.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n")) +
                                  QLatin1String("---\n"));
    return QDate::fromString(frontMatter.date().trimmed().left(10), Qt::ISODate);
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
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir()) {
            const QStringList files = markdownFilesIn(path);
            if (files.isEmpty()) {
                ImportReport report;
                report.path = path;
                report.message = tr("no Markdown files (*.md, *.markdown) in %1").arg(path);
                reports.append(report);
            }
            for (const QString &file : files)
                reports.append(importFile(file));
        } else {
            reports.append(importFile(path));
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
    const QString key = keyOf(file);
    if (m_seen.contains(key)) {
        ImportReport report;
        report.path = path;
        report.message = tr("same name and date as %1 in this import; not imported").arg(m_seen.value(key));
        return report;
    }
    m_seen.insert(key, path);
    return store(file);
}

qint64 MarkdownImporter::findExisting(const MarkdownFile &file, QString *error) const
{
    ImportRepository lookup(m_notebook.database());
    auto candidates = lookup.documentsWithSlug(file.document.slug);
    if (!candidates) {
        *error = candidates.error().message();
        return 0;
    }
    for (const ImportRepository::Candidate &candidate : candidates.value()) {
        if (dateOfExtra(candidate.frontMatterExtra) == file.date)
            return candidate.id;
    }
    return 0;
}

ImportReport MarkdownImporter::store(const MarkdownFile &file)
{
    ImportReport report;
    report.path = file.path;
    QString error;
    const qint64 existingId = findExisting(file, &error);
    if (!error.isEmpty()) {
        report.message = error;
        return report;
    }
    const Status status = m_notebook.database().transaction([&]() -> Status {
        Document document;
        if (existingId == 0) {
            auto created = m_notebook.documents().create(file.document);
            if (!created)
                return created.error();
            document = created.value();
            report.outcome = ImportReport::Outcome::Imported;
        } else {
            auto stored = m_notebook.documents().get(existingId);
            if (!stored)
                return stored.error();
            // Fields the file does not state (its rule, kind, meetup) keep the notebook's values.
            Document updated = stored.value();
            FrontMatterFields::applyTo(FrontMatter(file.text), updated);
            updated.title = file.document.title;
            updated.slug = file.document.slug;
            updated.frontMatterExtra = file.document.frontMatterExtra;
            if (sameContent(updated, stored.value())) {
                report.outcome = ImportReport::Outcome::Unchanged;
                report.documentId = existingId;
                return {};
            }
            auto saved = m_notebook.documents().update(updated);
            if (!saved)
                return saved.error();
            document = saved.value();
            report.outcome = ImportReport::Outcome::Updated;
        }
        report.documentId = document.id;
        TaskListSyncer syncer(m_notebook);
        const TaskListSyncer::Outcome actions = syncer.sync(document, m_today);
        if (!actions.problems.isEmpty())
            return StorageError(StorageError::Kind::Other, actions.problems.join(QLatin1String("; ")));
        report.actionsCreated = actions.created;
        report.actionsUpdated = actions.updated;
        if (actions.bodyChanged) {
            // Relative due dates ("due:fri") are pinned to the day they meant on import.
            document.body = actions.body;
            auto pinned = m_notebook.documents().update(document);
            if (!pinned)
                return pinned.error();
        }
        return {};
    });
    if (!status) {
        report.outcome = ImportReport::Outcome::Failed;
        report.documentId = 0;
        report.message = tr("%1: %2").arg(file.path, status.error().message());
        return report;
    }
    if (report.outcome != ImportReport::Outcome::Unchanged)
        m_notebook.notifyDocumentsChanged();
    return report;
}

} // namespace debrief
