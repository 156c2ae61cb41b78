// `debrief import PATH...`: Markdown files and folders (Jekyll posts too) into the notebook,
// one line per file; a file that cannot be imported does not stop the others. Importing again
// never duplicates a document nor undoes tracker work (see MarkdownImporter).
#include "cli/cli.h"
#include "importer/markdownimporter.h"
#include "notebook/notebook.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace debrief::cli {

namespace {

class ImportVerb
{
    Q_DECLARE_TR_FUNCTIONS(debrief::cli)
public:
    explicit ImportVerb(Context &context)
        : m_context(context)
    {}

    int run();

private:
    void printUsage(QTextStream &stream) const;
    void print(const ImportReport &report) const;

    Context &m_context;
};

void ImportVerb::printUsage(QTextStream &stream) const
{
    stream << tr("Usage: debrief import [--notebook PATH] [--drop-missing] [--overwrite] PATH...") << '\n'
           << tr("Imports Markdown files, and the *.md files in folders (Jekyll's _posts included), into the "
                 "notebook; task lines become action items.")
           << "\n\n"
           << tr("Importing a file again updates the document imported from it (found by the file's path, or by "
                 "its content after a move) and never adds a second one. A file that did not change since is "
                 "reported unchanged and nothing is written. From a changed file, an unticked task line never "
                 "reopens an action that is done or dropped, and a relative due date (due:fri) keeps the date "
                 "it was given when first imported. Open actions whose lines are gone from the file are listed "
                 "and kept open unless --drop-missing is given.")
           << "\n\n"
           << "  --notebook PATH  " << tr("the notebook to import into (created when missing)") << '\n'
           << "  --drop-missing   " << tr("drop the open actions whose task lines are gone from their file") << '\n'
           << "  --overwrite      "
           << tr("replace a document's text with its changed file even when the text was edited in the notebook "
                 "since the last import (without it, such a file is skipped)")
           << "\n\n"
           << tr("Exit codes: 0 every file imported, 1 some files could not be imported, 2 usage error.") << '\n';
}

void ImportVerb::print(const ImportReport &report) const
{
    const QString path = QDir::toNativeSeparators(report.path);
    switch (report.outcome) {
    case ImportReport::Outcome::Imported:
        m_context.out << tr("imported: %1 (document %2, %n new action(s))", nullptr, report.actionsCreated)
                             .arg(path)
                             .arg(report.documentId)
                      << '\n';
        break;
    case ImportReport::Outcome::Updated:
        m_context.out << tr("updated: %1 (document %2, %3 new and %4 changed actions)")
                             .arg(path)
                             .arg(report.documentId)
                             .arg(report.actionsCreated)
                             .arg(report.actionsUpdated)
                      << '\n';
        break;
    case ImportReport::Outcome::Unchanged:
        m_context.out << tr("unchanged: %1 (document %2)").arg(path).arg(report.documentId) << '\n';
        break;
    case ImportReport::Outcome::Failed:
        m_context.err << tr("skipped: %1").arg(report.message) << '\n';
        if (report.editedInNotebook)
            m_context.err << "  " << tr("run with --overwrite to replace the notebook's text with the file") << '\n';
        return;
    }
    if (!report.movedFrom.isEmpty())
        m_context.out << "  " << tr("moved from %1").arg(QDir::toNativeSeparators(report.movedFrom)) << '\n';
    if (report.missingActions.isEmpty())
        return;
    QStringList titles;
    for (const ActionItem &item : report.missingActions)
        titles << tr("“%1”").arg(item.title);
    const int count = int(report.missingActions.size());
    if (report.missingDropped)
        m_context.out << "  "
                      << tr("dropped %n action(s) whose line(s) are gone: %1", nullptr, count)
                             .arg(titles.join(QLatin1String(", ")))
                      << '\n';
    else
        m_context.out << "  "
                      << tr("%n action(s) whose line(s) are gone: %1; kept open — run with --drop-missing to drop "
                            "them",
                            nullptr, count)
                             .arg(titles.join(QLatin1String(", ")))
                      << '\n';
}

int ImportVerb::run()
{
    QCommandLineParser parser;
    const QCommandLineOption notebookOption(QStringLiteral("notebook"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption dropMissingOption(QStringLiteral("drop-missing"));
    const QCommandLineOption overwriteOption(QStringLiteral("overwrite"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({notebookOption, dropMissingOption, overwriteOption, helpOption});
    if (!parser.parse(QStringList{QStringLiteral("debrief import")} + m_context.arguments)) {
        m_context.err << "debrief import: " << parser.errorText() << '\n';
        printUsage(m_context.err);
        return UsageError;
    }
    if (parser.isSet(helpOption)) {
        printUsage(m_context.out);
        return Ok;
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        m_context.err << "debrief import: " << tr("expected at least one file or folder") << '\n';
        printUsage(m_context.err);
        return UsageError;
    }
    // Importing into a new notebook is fine; say where it is so the files are not lost.
    Database::Options options;
    options.mustExist = false;
    auto opened = openNotebook(parser.value(notebookOption), options); // a file or a team server
    if (!opened) {
        m_context.err << "debrief import: " << opened.error().message() << '\n';
        return UsageError;
    }
    const QString location = opened.value()->location();
    const bool server = NotebookLocation::parse(location).value_or(NotebookLocation()).isServer();
    m_context.out
        << tr("notebook: %1").arg(server ? location : QDir::toNativeSeparators(QFileInfo(location).absoluteFilePath()))
        << '\n';
    MarkdownImporter importer(*opened.value());
    importer.setDropMissing(parser.isSet(dropMissingOption));
    importer.setOverwriteEdits(parser.isSet(overwriteOption));
    bool failed = false;
    for (const ImportReport &report : importer.importPaths(paths)) {
        print(report);
        failed = failed || report.failed();
    }
    return failed ? Findings : Ok;
}

} // namespace

int runImportVerb(Context &context)
{
    return ImportVerb(context).run();
}

} // namespace debrief::cli
