#pragma once

#include "importer/markdownimporter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace debrief {

class Notebook;

/// File ▸ Import Markdown Files… and File ▸ Import Folder…: Markdown files and Jekyll posts
/// into the notebook (front matter into the document's fields, task lines into actions), on
/// a worker thread with a connection of its own, then one report: how many came in, and for
/// each file that did not (binary, not UTF-8, too big) why. The other files are imported.
class MarkdownImport : public QObject
{
    Q_OBJECT
public:
    /// Picks what to import; empty when cancelled.
    using PathChooser = std::function<QStringList()>;

    explicit MarkdownImport(QWidget *window);
    ~MarkdownImport() override;

    void setNotebook(Notebook *notebook) { m_notebook = notebook; }
    // Test seams (defaults: file and folder dialogs).
    void setFileChooser(PathChooser chooser) { m_chooseFiles = std::move(chooser); }
    void setFolderChooser(PathChooser chooser) { m_chooseFolder = std::move(chooser); }

    void importFiles();
    void importFolder();
    /// Imports @p paths (files, or folders searched for *.md and *.markdown).
    void run(const QStringList &paths);
    [[nodiscard]] bool isBusy() const { return m_watcher.isRunning(); }

    /// One sentence for the user about @p reports, and what needs a look one per line: files
    /// not imported, and open actions whose task lines are gone from their file.
    [[nodiscard]] static QString summaryOf(const QList<ImportReport> &reports);
    [[nodiscard]] static QString failuresOf(const QList<ImportReport> &reports);

Q_SIGNALS:
    /// The import ended; the notebook's lists were told already (not per document: the
    /// receiver refreshes what it shows of @p reports, such as the open document).
    void finished(const QList<debrief::ImportReport> &reports);

private:
    void done();

    QPointer<QWidget> m_window;
    QPointer<Notebook> m_notebook;
    /// The notebook the running import writes into: its ids mean nothing in another one.
    QPointer<Notebook> m_importingInto;
    PathChooser m_chooseFiles;
    PathChooser m_chooseFolder;
    QFutureWatcher<QList<ImportReport>> m_watcher;
};

} // namespace debrief
