#include "notebook/markdownimport.h"

#include "notebook/notebook.h"
#include "storage/database.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QtConcurrent>

namespace debrief {

MarkdownImport::MarkdownImport(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_chooseFiles = [this] {
        return QFileDialog::getOpenFileNames(m_window, tr("Import Markdown Files"), QDir::homePath(),
                                             tr("Markdown files (*.md *.markdown);;All files (*)"));
    };
    m_chooseFolder = [this] {
        const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Import Folder"), QDir::homePath());
        return folder.isEmpty() ? QStringList() : QStringList{folder};
    };
    connect(&m_watcher, &QFutureWatcher<QList<ImportReport>>::finished, this, &MarkdownImport::done);
}

MarkdownImport::~MarkdownImport()
{
    m_watcher.waitForFinished(); // every file is in or not, never half a document
}

void MarkdownImport::importFiles()
{
    if (const QStringList paths = m_chooseFiles(); !paths.isEmpty())
        run(paths);
}

void MarkdownImport::importFolder()
{
    if (const QStringList paths = m_chooseFolder(); !paths.isEmpty())
        run(paths);
}

void MarkdownImport::run(const QStringList &paths)
{
    if (!m_notebook || isBusy())
        return;
    const Database::Handle handle = m_notebook->database().handle();
    m_importingInto = m_notebook;
    QApplication::setOverrideCursor(Qt::BusyCursor);
    // A Jekyll site may hold hundreds of posts: read and store them off the UI thread.
    m_watcher.setFuture(QtConcurrent::run([handle, paths]() -> QList<ImportReport> {
        auto database = Database::openAnother(handle);
        if (!database) {
            ImportReport report;
            report.path = paths.value(0);
            report.message = database.error().message();
            return {report};
        }
        Notebook notebook(std::move(database).value());
        MarkdownImporter importer(notebook);
        return importer.importPaths(paths);
    }));
}

void MarkdownImport::done()
{
    QApplication::restoreOverrideCursor();
    const QList<ImportReport> reports = m_watcher.result();
    if (!m_importingInto || m_importingInto != m_notebook)
        return; // another notebook is open now; the import went into the one it started in
    // The importer synced task lines itself: one refresh of the lists, no per-document syncs.
    m_notebook->notifyDocumentsChanged();
    m_notebook->notifyActionItemsChanged();
    Q_EMIT finished(reports);
}

QString MarkdownImport::summaryOf(const QList<ImportReport> &reports)
{
    int imported = 0;
    int updated = 0;
    int unchanged = 0;
    int failed = 0;
    int actions = 0;
    for (const ImportReport &report : reports) {
        switch (report.outcome) {
        case ImportReport::Outcome::Imported:
            ++imported;
            break;
        case ImportReport::Outcome::Updated:
            ++updated;
            break;
        case ImportReport::Outcome::Unchanged:
            ++unchanged;
            break;
        case ImportReport::Outcome::Failed:
            ++failed;
            break;
        }
        actions += report.actionsCreated;
    }
    if (reports.isEmpty())
        return tr("No Markdown files were found there.");
    QStringList parts;
    parts << tr("%n new document(s)", nullptr, imported);
    if (updated > 0)
        parts << tr("%n updated", nullptr, updated);
    if (unchanged > 0)
        parts << tr("%n unchanged", nullptr, unchanged);
    parts << tr("%n new action item(s)", nullptr, actions);
    QString summary = tr("Imported: %1.").arg(parts.join(QLatin1String(", ")));
    if (failed > 0)
        summary += QLatin1Char(' ') + tr("%n file(s) could not be imported; the others were.", nullptr, failed);
    return summary;
}

QString MarkdownImport::failuresOf(const QList<ImportReport> &reports)
{
    QStringList lines;
    for (const ImportReport &report : reports) {
        const QString path = QDir::toNativeSeparators(report.path);
        if (report.failed())
            lines << path + QStringLiteral(": ") + report.message;
        // Lines deleted from the file: the actions stay open in the tracker, where they can be
        // dropped; the person importing must hear of them.
        if (!report.missingActions.isEmpty() && !report.missingDropped) {
            QStringList titles;
            for (const ActionItem &action : report.missingActions)
                titles << tr("“%1”").arg(action.title);
            lines << path + QStringLiteral(": ") +
                         tr("%n open action(s) whose task line(s) are gone from the file, kept in the tracker: %1",
                            nullptr, int(titles.size()))
                             .arg(titles.join(QLatin1String(", ")));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace debrief
